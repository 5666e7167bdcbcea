package uk.permanence.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import uk.permanence.tokens.TokenRules;

/**
 * Every {@code /api} call needs a valid JWT: signature, expiry (with the default small clock skew), issuer and
 * audience. Production verifies against the identity provider's JWKS URI; local runs and tests use a development
 * HMAC key given in the environment, never in the repository.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(Roles::authorise)
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(Roles.fromToken())))
                .build();
    }

    @Bean
    @ConditionalOnProperty("permanence.security.dev-signing-key")
    ReactiveJwtDecoder developmentJwtDecoder(@Value("${permanence.security.dev-signing-key}") String signingKey,
                                             @Value("${permanence.security.issuer}") String issuer,
                                             @Value("${permanence.security.audience}") String audience) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withSecretKey(TokenRules.developmentKey(signingKey))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(TokenRules.validator(issuer, audience));
        return decoder;
    }
}
