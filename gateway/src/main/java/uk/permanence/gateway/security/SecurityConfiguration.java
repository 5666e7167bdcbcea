package uk.permanence.gateway.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import uk.permanence.gateway.problems.GatewayProblems;
import uk.permanence.tokens.ClaimNames;
import uk.permanence.tokens.TokenRules;

/**
 * Every {@code /api} call needs a valid JWT ({@link TokenRules}: signature, expiry, issuer, audience, and the claims
 * every token must carry) and a role the {@link uk.permanence.access.RoleTable} allows; a refusal is a problem
 * document, 401 or 403.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain api(ServerHttpSecurity http, ClaimNames claims,
                               @Value("${permanence.gateway.identity-paths}") String[] identityPaths,
                               @Value("${permanence.gateway.own-paths}") String[] ownPaths) {
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
                .authorizeExchange(exchanges -> Roles.authorise(exchanges, identityPaths, ownPaths))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(Roles.fromToken(claims))))
                .build();
    }

    /** Which claims carry the role and tenant: ours, or a council's own identity provider's (docs/identity.md). */
    @Bean
    ClaimNames claimNames(Environment environment) {
        return Binder.get(environment).bind(ClaimNames.PROPERTY, ClaimNames.class).orElse(ClaimNames.OURS);
    }

    /** Keys fetched from the identity service's JWK set and cached; an unknown key id fetches the set again. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${permanence.security.jwk-set-uri}") String jwkSetUri,
                                  @Value("${permanence.security.issuer}") String issuer,
                                  @Value("${permanence.security.audience}") String audience,
                                  @Value("${" + TokenRules.MAX_LIFETIME_PROPERTY + "}") Duration maxLifetime) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(TokenRules.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenRules.validator(issuer, audience, maxLifetime));
        return decoder;
    }
}
