package uk.permanence.gateway.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import uk.permanence.gateway.problems.GatewayProblems;
import uk.permanence.tokens.TokenRules;

/**
 * Every {@code /api} call needs a valid JWT ({@link TokenRules}: signature, expiry, issuer, audience, and the claims
 * every token must carry) and a role the {@link uk.permanence.access.RoleTable} allows; a refusal is a problem
 * document, 401 or 403. Production verifies against the identity provider's JWKS URI (Spring Boot's decoder, given
 * {@link #tokenClaimRules}); local runs and tests use a development HMAC key given in the environment, never in the
 * repository.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint unauthorised = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, failure instanceof OAuth2AuthenticationException
                    ? "The bearer token is not valid: " + failure.getMessage()
                    : "A valid bearer token is required");
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> GatewayProblems.write(exchange,
                HttpStatus.FORBIDDEN, "The caller's role may not make this call");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .authorizeExchange(Roles::authorise)
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(Roles.fromToken())))
                .build();
    }

    /** Added by Spring Boot to the validators of the decoder it builds from the JWKS URI. */
    @Bean
    OAuth2TokenValidator<Jwt> tokenClaimRules(@Value("${" + TokenRules.MAX_LIFETIME_PROPERTY + "}") Duration maxLifetime) {
        return TokenRules.claimRules(maxLifetime, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty("permanence.security.dev-signing-key")
    ReactiveJwtDecoder developmentJwtDecoder(@Value("${permanence.security.dev-signing-key}") String signingKey,
                                             @Value("${permanence.security.issuer}") String issuer,
                                             @Value("${permanence.security.audience}") String audience,
                                             @Value("${" + TokenRules.MAX_LIFETIME_PROPERTY + "}") Duration maxLifetime) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withSecretKey(TokenRules.developmentKey(signingKey))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(TokenRules.validator(issuer, audience, maxLifetime));
        return decoder;
    }
}
