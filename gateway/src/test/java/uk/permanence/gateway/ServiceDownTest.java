package uk.permanence.gateway;

import java.net.ServerSocket;
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
 * A command whose service is down (nothing listens on its port) is the service's failure, answered 503 with
 * Retry-After so that clients retry, never the 408 of a client whose body came late: the body is unread only
 * because there was nowhere to send it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureWebTestClient
class ServiceDownTest {

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"case-service", "tracking-service", "reporting-service"}) {
            registry.add("permanence.services." + service, () -> "http://localhost:" + unusedPort());
        }
        registry.add("permanence.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("permanence.security.issuer", () -> TestTokens.ISSUER);
    }

    @Autowired
    WebTestClient client;

    @Test
    void aCommandWithABodyToAServiceThatIsDownAnswers503() {
        client.post().uri("/api/cases").header("Authorization", "Bearer " + TestTokens.token("825", "team-manager"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"laCode\":\"825\",\"caseReference\":\"DOWN-1\",\"dateOfBirth\":\"2024-05-01\"}")
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").isEqualTo("case-service is unavailable; try again shortly.");
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
