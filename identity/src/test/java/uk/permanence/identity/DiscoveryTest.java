package uk.permanence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DiscoveryTest extends IdentityTest {

    @Test
    void theOpenIdConfigurationNamesTheIssuerItsEndpointsAndTheFlowsOnOffer() throws Exception {
        var response = get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode configuration = json(response);
        assertThat(configuration.get("issuer").asString()).isEqualTo("http://localhost:8085");
        assertThat(configuration.get("jwks_uri").asString()).isEqualTo("http://localhost:8085/oauth2/jwks");
        assertThat(configuration.get("token_endpoint").asString()).isEqualTo("http://localhost:8085/oauth2/token");
        assertThat(configuration.get("authorization_endpoint").asString())
                .isEqualTo("http://localhost:8085/oauth2/authorize");
        assertThat(configuration.get("end_session_endpoint").asString())
                .isEqualTo("http://localhost:8085/connect/logout");
        assertThat(configuration.get("grant_types_supported").valueStream().map(JsonNode::asString))
                .contains("client_credentials", "authorization_code", "refresh_token");
        assertThat(configuration.get("code_challenge_methods_supported").valueStream().map(JsonNode::asString))
                .containsExactly("S256");
        assertThat(configuration.get("id_token_signing_alg_values_supported").valueStream().map(JsonNode::asString))
                .contains("RS256");
    }

    @Test
    void theJwkSetPublishesRsaPublicKeysOnly() throws Exception {
        var response = get("/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JWKSet keys = JWKSet.parse(response.body());
        assertThat(keys.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isNotBlank();
        });
        assertThat(response.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }
}
