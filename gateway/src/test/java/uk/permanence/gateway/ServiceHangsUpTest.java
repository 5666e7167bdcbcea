package uk.permanence.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.permanence.testing.TestTokens;

/**
 * A service that accepts the connection and closes it before reading the command's body (a restart, a kept-alive
 * connection it had already dropped) leaves the body unsent through no fault of the client: the answer is a 502 (or,
 * when the reset comes while connecting, a 503) that the client retries with the same Idempotency-Key, never the 408
 * that tells a client its own request came late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureWebTestClient
class ServiceHangsUpTest {

    private static final ServerSocket hangingUp = listen();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"case-service", "tracking-service", "reporting-service"}) {
            registry.add("permanence.services." + service, () -> "http://localhost:" + hangingUp.getLocalPort());
        }
        registry.add("permanence.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("permanence.security.issuer", () -> TestTokens.ISSUER);
    }

    @Autowired
    WebTestClient client;

    @AfterAll
    static void stop() throws IOException {
        hangingUp.close();
    }

    @Test
    void aCommandWhoseServiceHangsUpBeforeReadingItsBodyIsAnsweredAsTheServicesFailure() {
        for (int i = 0; i < 3; i++) {
            client.post().uri("/api/cases")
                    .header("Authorization", "Bearer " + TestTokens.tokenFor("hung-up-" + i, "825", "team-manager"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"laCode\":\"825\",\"caseReference\":\"HUNG-" + i + "\",\"dateOfBirth\":\"2024-05-01\","
                            + "\"notes\":\"" + "x".repeat(8_000) + "\"}")
                    .exchange().expectStatus().value(status -> assertThat(status).as("a status the client retries")
                            .isIn(502, 503));
        }
    }

    private static ServerSocket listen() {
        try {
            ServerSocket socket = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket accepted = socket.accept()) {
                        accepted.setSoLinger(true, 0);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
