package uk.permanence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.permanence.identity.clients.Clients;
import uk.permanence.identity.keys.SigningKeys;

/** A VAA's system obtains tokens with its own client id and secret (the client-credentials grant). */
class ClientCredentialsTest extends IdentityTest {

    @Autowired
    Clients clients;

    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVaaSystemsTokenVerifiesAgainstTheJwkSetAndCarriesExactlyThePlatformsClaims() throws Exception {
        String clientId = "vaa-system-" + UUID.randomUUID();
        Clients.IssuedCredentials credentials = clients.registerVaaSystem(clientId, "Families for Children",
                "families-for-children");

        var response = token(clientId, credentials.clientSecret(), Map.of("grant_type", "client_credentials"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("token_type").asString()).isEqualTo("Bearer");
        Jwt jwt = verify(json(response).get("access_token").asString());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", keys.signingKey().getKeyID());
        assertThat(jwt.getClaims().keySet()).containsExactlyInAnyOrder("iss", "sub", "iat", "exp", "aud", "role", "vaa");
        assertThat(jwt.getSubject()).isEqualTo(clientId);
        assertThat(jwt.getIssuer().toString()).isEqualTo("http://localhost:8085");
        assertThat(jwt.getAudience()).containsExactly("permanence-api");
        assertThat(jwt.getClaimAsString("role")).isEqualTo("vaa-worker");
        assertThat(jwt.getClaimAsString("vaa")).isEqualTo("families-for-children");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(json(response).get("expires_in").asLong()).isBetween(899L, 900L);
    }

    @Test
    void aWrongSecretOrAnUnknownClientIsUnauthorised() throws Exception {
        String clientId = "vaa-system-" + UUID.randomUUID();
        clients.registerVaaSystem(clientId, "Families for Children", "families-for-children");

        for (var response : List.of(
                token(clientId, "not-the-secret", Map.of("grant_type", "client_credentials")),
                token("no-such-client", "whatever", Map.of("grant_type", "client_credentials")))) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).get("error").asString()).isEqualTo("invalid_client");
            assertThat(response.body()).doesNotContain("access_token");
        }
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlyAsAnAdaptiveHash() {
        String clientId = "vaa-system-" + UUID.randomUUID();
        Clients.IssuedCredentials credentials = clients.registerVaaSystem(clientId, "Adoption Focus", "adoption-focus");

        String stored = jdbc.sql("select client_secret from oauth2_registered_client where client_id = ?")
                .param(clientId).query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(credentials.clientSecret());
        assertThat(credentials.clientSecret()).hasSizeGreaterThanOrEqualTo(43);
    }
}
