package uk.permanence.gateway;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.permanence.testing.TestTokens;

/**
 * A council's own OpenID Connect provider (here shaped like Microsoft Entra ID: app roles in {@code roles}, councils
 * in a directory extension) is used by configuration alone: its claims are read under the configured names, ours no
 * longer count, and a token of several roles gets none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ExternalProviderClaimsTest {

    private static final RecordingBackend backend = new RecordingBackend();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("permanence.services.reporting-service", backend::url);
        registry.add("permanence.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("permanence.security.issuer", () -> TestTokens.ISSUER);
        registry.add("permanence.security.claims.role", () -> "roles");
        registry.add("permanence.security.claims.councils", () -> "extn_councils");
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    WebTestClient client;

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    private WebTestClient.ResponseSpec summaryWith(String token) {
        return client.get().uri("/api/reports/summary?la=825").header("Authorization", "Bearer " + token).exchange();
    }

    @Test
    void theProvidersRoleClaimGrantsTheRoute() {
        summaryWith(TestTokens.sign(TestTokens.claims(null, "ignored").claim("role", null)
                .claim("roles", List.of("team-manager")).claim("extn_councils", List.of("825")).build()))
                .expectStatus().isOk();
    }

    @Test
    void ourOwnRoleClaimNoLongerCountsAndSeveralRolesGiveNone() {
        summaryWith(TestTokens.token("825", "team-manager")).expectStatus().isForbidden();
        summaryWith(TestTokens.sign(TestTokens.claims(null, "ignored").claim("role", null)
                .claim("roles", List.of("team-manager", "admin")).build()))
                .expectStatus().isForbidden();
    }
}
