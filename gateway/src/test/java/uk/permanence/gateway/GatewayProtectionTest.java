package uk.permanence.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.permanence.gateway.protection.GatewayLimits;
import uk.permanence.testing.TestTokens;

/**
 * The gateway's own protections, against a real backend (case and tracking routes) and a port where nothing
 * listens (reporting). Each test uses its own council so that its callers have their own rate-limit buckets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "permanence.gateway.max-body-size=1KB",
        "permanence.gateway.per-client.rate=0.1", "permanence.gateway.per-client.burst=5",
        "permanence.gateway.per-tenant.rate=0.1", "permanence.gateway.per-tenant.burst=8",
        "permanence.gateway.breaker.window=4", "permanence.gateway.breaker.open-for=60s",
        "permanence.gateway.heavy-read-wait=1s",
        "management.server.port=0"})
@AutoConfigureWebTestClient
class GatewayProtectionTest {

    private static final RecordingBackend backend = new RecordingBackend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("permanence.services.case-service", backend::url);
        registry.add("permanence.services.tracking-service", backend::url);
        registry.add("permanence.services.reporting-service", () -> "http://localhost:" + unusedPort());
        registry.add("permanence.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("permanence.security.issuer", () -> TestTokens.ISSUER);
    }

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry meters;

    @Autowired
    GatewayLimits limits;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Test
    void aCorrelationIdIsKeptWhenUsableAndMadeOtherwiseAndReachesTheService() {
        client.get().uri("/api/cases/c-1").header("Authorization", bearer("101", "social-worker"))
                .header("X-Correlation-Id", "board-paper-7")
                .exchange().expectStatus().isOk().expectHeader().valueEquals("X-Correlation-Id", "board-paper-7");
        assertThat(backend.lastHeaders()).containsEntry("X-Correlation-Id", "board-paper-7");

        String made = client.get().uri("/api/cases/c-1").header("Authorization", bearer("101", "social-worker"))
                .header("X-Correlation-Id", "not acceptable; id")
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders()
                .getFirst("X-Correlation-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
        assertThat(backend.lastHeaders()).containsEntry("X-Correlation-Id", made);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItReachesTheService() {
        int before = backend.calls();
        client.post().uri("/api/cases").header("Authorization", bearer("102", "social-worker"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"x\":\"" + "a".repeat(2000) + "\"}")
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413).jsonPath("$.correlationId").exists();
        assertThat(backend.calls()).isEqualTo(before);
    }

    @Test
    void aClientOverItsRateIsToldWhenToRetry() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/alerts").header("Authorization", bearer("103", "social-worker"))
                    .exchange().expectStatus().isOk();
        }
        client.get().uri("/api/alerts").header("Authorization", bearer("103", "social-worker"))
                .exchange().expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(meters.get("gateway_rate_limit_rejections").tag("scope", "client").counter().count())
                .isPositive();
    }

    @Test
    void oneTenantUsingUpItsShareDoesNotStopAnother() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/alerts").header("Authorization", bearer("104", "social-worker"))
                    .exchange().expectStatus().isOk();
        }
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/alerts").header("Authorization", bearer("104", "family-finder"))
                    .exchange().expectStatus().isOk();
        }
        client.get().uri("/api/alerts").header("Authorization", bearer("104", "team-manager"))
                .exchange().expectStatus().isEqualTo(429);
        client.get().uri("/api/alerts").header("Authorization", bearer("105", "team-manager"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aTenantsHeavyReadsBeyondItsTurnsWaitAndAreRefusedOnlyAfterWaitingWhileOthersGoOn() throws Exception {
        int limit = limits.tenantHeavyReads();
        List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
        backend.holdAlerts();
        try {
            for (int i = 0; i < limit; i++) {
                admitted.add(sendAsync("/api/alerts", TestTokens.tokenFor("reader-" + i + "@107", "107", "team-manager")));
            }
            eventually(() -> assertThat(backend.held()).isEqualTo(limit));

            long started = System.nanoTime();
            client.get().uri("/api/alerts").header("Authorization", bearer("107", "team-manager"))
                    .exchange().expectStatus().isEqualTo(429)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            client.get().uri("/api/cases/c-1").header("Authorization", bearer("107", "social-worker"))
                    .exchange().expectStatus().isOk();
            admitted.add(sendAsync("/api/alerts", TestTokens.tokenFor("reader@108", "108", "team-manager")));
            eventually(() -> assertThat(backend.held()).isEqualTo(limit + 1));
            admitted.add(sendAsync("/api/alerts", TestTokens.tokenFor("waiting@107", "107", "family-finder")));
            Thread.sleep(200);
            assertThat(backend.held()).as("the read waiting its turn has not reached the service").isEqualTo(limit + 1);
        } finally {
            backend.releaseAlerts();
        }
        for (CompletableFuture<HttpResponse<String>> read : admitted) {
            assertThat(read.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(String path, String token) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aServiceThatIsDownAnswers503AndItsBreakerOpens() {
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/reports/summary").header("Authorization", bearer("106", "team-manager"))
                    .exchange().expectStatus().isEqualTo(503)
                    .expectHeader().exists("Retry-After")
                    .expectBody().jsonPath("$.detail").isEqualTo("reporting-service is unavailable; try again shortly.");
        }
        assertThat(meters.get("resilience4j.circuitbreaker.state")
                .tags("name", "reporting-service", "state", "open").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void eachRoleMayMakeOnlyItsOwnKindsOfCall() {
        expect("GET", "/api/cases/c-1", "ops", 403);
        expect("GET", "/api/alerts", "vaa-worker", 403);
        expect("GET", "/api/reports/summary", "social-worker", 403);
        expect("POST", "/api/cases/c-1/allocation", "family-finder", 403);
        expect("POST", "/api/cases/c-1/adoption-decision", "vaa-worker", 403);
        expect("GET", "/api/audit", "team-manager", 403);
        expect("POST", "/api/cases/c-1/allocation", "team-manager", 200);
        expect("POST", "/api/cases/c-1/match", "vaa-worker", 200);
        expect("POST", "/api/cases/c-1/visits", "family-finder", 403);
        expect("POST", "/api/cases/c-1/visits", "vaa-worker", 403);
        expect("POST", "/api/cases/c-1/visits", "social-worker", 200);
        expect("POST", "/api/cases/c-1/visits", "team-manager", 200);
    }

    private void expect(String method, String path, String role, int status) {
        String la = "107-" + role;
        (method.equals("GET") ? client.get().uri(path) : client.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                .header("Authorization", bearer(la, role))
                .exchange().expectStatus().isEqualTo(status);
    }

    private static String bearer(String laCode, String role) {
        return "Bearer " + TestTokens.token(laCode, role);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
