package uk.permanence.identity.keys;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.identity.IdentityProperties;
import uk.permanence.tokens.TokenRules;

/** The signing keys as the authorization server's JWK source, the encoder that signs with the current one, and the decoder. */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    /** Seals the signing keys and the second-factor secrets under the key-encryption key from the environment. */
    @Bean
    KeyVault keyVault(IdentityProperties properties) {
        return new KeyVault(properties.keys().encryptionKey());
    }

    @Bean
    SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
                            IdentityProperties properties, KeyVault vault) {
        return new SigningKeys(jdbc, transactions, clock, new KeyPolicy(properties.keys().rotationAge(),
                properties.keys().activationDelay(), properties.accessTokenLifetime()), vault);
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector(keys::signingKeyAmong);
        return encoder;
    }

    /**
     * Verifies this service's own access tokens (the administration API, user info) exactly as the platform's
     * services do: the published keys, then the platform's token rules.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, IdentityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(TokenRules.validator(properties.issuer(), properties.audience(),
                properties.accessTokenLifetime()));
        return decoder;
    }

    @Bean
    KeyRotation keyRotation(SigningKeys keys) {
        return new KeyRotation(keys);
    }

    /** Every instance checks as often as configured, so that it also sees the keys another instance made. */
    static class KeyRotation {

        private final SigningKeys keys;

        KeyRotation(SigningKeys keys) {
            this.keys = keys;
        }

        @Scheduled(fixedDelayString = "${permanence.identity.keys.check-interval}")
        void rotate() {
            keys.rotate();
        }
    }
}
