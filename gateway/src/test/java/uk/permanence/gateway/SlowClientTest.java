package uk.permanence.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.permanence.testing.TestTokens;

/**
 * Clients that send slowly, over raw sockets against the running gateway: a request whose headers trickle in is
 * cut off, and one whose body trickles in is answered 408 without counting against the service's circuit breaker,
 * so that slow clients cannot turn every council's requests into 503.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "permanence.gateway.client.header-timeout=2s", "permanence.gateway.client.body-timeout=2s",
        "permanence.gateway.breaker.window=4", "permanence.gateway.breaker.open-for=60s",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=3s",
        "management.server.port=0"})
@AutoConfigureWebTestClient
class SlowClientTest {

    private static final RecordingBackend backend = new RecordingBackend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("permanence.services.case-service", backend::url);
        registry.add("permanence.services.tracking-service", backend::url);
        registry.add("permanence.services.reporting-service", backend::url);
        registry.add("permanence.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("permanence.security.issuer", () -> TestTokens.ISSUER);
    }

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Test
    void aRequestWhoseHeadersTrickleInIsCutOffWithinTheHeaderTimeout() throws Exception {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/alerts HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean closed = false;
            for (int line = 0; line < 30 && !closed; line++) {
                try {
                    out.write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closed = socket.getInputStream().read() == -1;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing said yet: keep trickling
                } catch (SocketException reset) {
                    closed = true;
                }
            }
            Duration open = Duration.ofNanos(System.nanoTime() - started);
            assertThat(closed).as("connection closed by the gateway").isTrue();
            assertThat(open).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aBodyTrickledInIsCutOffAndTheServiceBreakerStaysClosed() throws Exception {
        for (int client = 0; client < 6; client++) {
            long started = System.nanoTime();
            String answer = trickleBody("/api/cases/c-1/allocation", "trickler-" + client);
            assertThat(answer).as("answer to trickled body " + client)
                    .satisfiesAnyOf(closed -> assertThat(closed).isEmpty(),
                            timedOut -> assertThat(timedOut).startsWith("HTTP/1.1 408"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(meters.get("resilience4j.circuitbreaker.state")
                .tags("name", "case-service", "state", CircuitBreaker.State.CLOSED.name().toLowerCase())
                .gauge().value()).isEqualTo(1.0);
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/cases/c-1")
                    .header("Authorization", "Bearer " + TestTokens.tokenFor("prompt-" + i, "301", "team-manager"))
                    .exchange().expectStatus().isOk();
        }
    }

    /** Sends a command's headers at once and then its body a byte every 400 ms; returns the status line. */
    private String trickleBody(String path, String subject) throws IOException, InterruptedException {
        String body = "{\"allocatedOn\":\"2025-07-01\",\"socialWorker\":\"sw\",\"team\":\"north\"}";
        String token = TestTokens.tokenFor(subject, "301", "team-manager");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
                try {
                    out.write(b);
                    out.flush();
                } catch (SocketException closed) {
                    break;
                }
                Thread.sleep(400);
                if (in.available() > 0) {
                    break;
                }
            }
            return statusLine(in);
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
        } catch (SocketException reset) {
            // closed without an answer
        }
        return line.toString();
    }
}
