package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.testing.DevTokens;

/**
 * For every documented route that takes a case id (read from the gateway's own OpenAPI document, so a new route is
 * covered without editing this test), callers of another council, another RAA and a VAA the case is not shared
 * with, with and without forged tenant headers, get exactly the answer they get for a case that does not exist,
 * and change nothing.
 */
class AbuseMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    record Attacker(String name, String token) {
    }

    @Test
    void anotherTenantsCaseAnswersLikeACaseThatDoesNotExist() throws Exception {
        String owner = DevTokens.token("825", "team-manager");
        HttpResponse<String> created = send("POST", "/api/cases", owner, Map.of(), """
                {"laCode":"825","caseReference":"ABUSE-1","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-06-02","legalStatus":"V2"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String caseId = JSON.readTree(created.body()).path("caseId").asString();
        String version = send("GET", "/api/cases/" + caseId, owner, Map.of(), null).headers()
                .firstValue("ETag").orElseThrow();

        List<Attacker> attackers = List.of(
                new Attacker("another council", DevTokens.token("931", "team-manager")),
                new Attacker("another RAA", DevTokens.tokenOf("raa", "adopt-elsewhere", "raa-lead")),
                new Attacker("a VAA without a share", DevTokens.tokenOf("vaa", "vaa-elsewhere", "vaa-worker")));
        Map<String, String> forgedTenant = Map.of("X-Permanence-La", "825", "X-Permanence-Raa", "adopt-thames-valley",
                "X-Permanence-User", "internal");
        String nowhere = UUID.randomUUID().toString();

        List<String> checked = new ArrayList<>();
        JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null, Map.of(), null).body()).path("paths");
        for (String template : paths.propertyNames()) {
            if (!template.contains("{caseId}")) {
                continue;
            }
            for (String method : paths.path(template).propertyNames()) {
                for (Attacker attacker : attackers) {
                    for (Map<String, String> headers : List.of(Map.<String, String>of(), forgedTenant)) {
                        String body = method.equals("post") ? "{}" : null;
                        int onTheirCase = send(method, concrete(template, caseId), attacker.token(), headers, body)
                                .statusCode();
                        int onNoCase = send(method, concrete(template, nowhere), attacker.token(), headers, body)
                                .statusCode();
                        String what = method + " " + template + " by " + attacker.name()
                                + (headers.isEmpty() ? "" : " with forged tenant headers");
                        assertThat(onTheirCase).as(what).isIn(403, 404).isEqualTo(onNoCase);
                        checked.add(what);
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(4 * 3 * 2);
        assertThat(send("GET", "/api/cases/" + caseId, owner, Map.of(), null).headers().firstValue("ETag"))
                .contains(version);
    }

    private static String concrete(String template, String caseId) {
        String path = template.replace("{caseId}", caseId).replace("{milestone}", "match");
        return path.endsWith("/history") ? path + "?asOf=" + Instant.now() : path;
    }

    private HttpResponse<String> send(String method, String path, String token, Map<String, String> headers,
                                      String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
