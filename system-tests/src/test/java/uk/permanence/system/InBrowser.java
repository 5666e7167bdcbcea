package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every test of the pages in a real browser shares: the platform (started once for all system tests), the
 * test's {@link Browser}, closed after each test, and the API through the gateway to set up what the pages show.
 */
abstract class InBrowser {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static LocalPlatform platform;

    final HttpClient http = HttpClient.newHttpClient();

    Browser browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A child of council 825 born on 1 May 2024 who entered care on 10 January 2025; answers its case id. */
    String newCase(String token, String reference) throws Exception {
        return newCase(token, reference, "2025-01-10", "2024-05-01");
    }

    String newCase(String token, String reference, String enteredCareOn, String bornOn) throws Exception {
        HttpResponse<String> created = send("/api/cases", token, """
                {"laCode":"825","caseReference":"%s","dateOfBirth":"%s",
                 "enteredCareOn":"%s","legalStatus":"C2"}""".formatted(reference, bornOn, enteredCareOn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("caseId").asString();
    }

    /** A POST of JSON through the gateway with the token, under a new idempotency key. */
    HttpResponse<String> send(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
