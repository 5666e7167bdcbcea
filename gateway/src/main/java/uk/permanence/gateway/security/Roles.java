package uk.permanence.gateway.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import uk.permanence.access.Grant;
import uk.permanence.access.RoleTable;
import uk.permanence.tokens.Caller;
import uk.permanence.tokens.ClaimNames;

/**
 * The gateway enforces the shared {@link RoleTable}, as every service does, with its open reads; only its own
 * public pages and the identity service's are added here. Any other API call is refused; any other path is the web
 * app's.
 */
final class Roles {

    private Roles() {
    }

    static void authorise(AuthorizeExchangeSpec exchanges, String[] identityPaths, String[] ownPaths) {
        exchanges
                // the identity service's sign-in, discovery and token endpoints: it authenticates those calls itself
                .pathMatchers(identityPaths).permitAll()
                // served only on the management port, which is never exposed to clients
                .pathMatchers("/actuator/**").permitAll()
                // the API's documentation is public: it describes no child
                .pathMatchers(HttpMethod.GET, ownPaths).permitAll()
                .pathMatchers(HttpMethod.GET, RoleTable.OPEN_READS.toArray(String[]::new)).permitAll();
        for (Grant grant : RoleTable.GRANTS) {
            exchanges.pathMatchers(HttpMethod.valueOf(grant.method()), grant.pathArray())
                    .hasAnyRole(grant.roleArray());
        }
        exchanges.pathMatchers("/api", "/api/**").denyAll()
                // the web app's pages: it signs people in itself, and calls the API with their tokens
                .anyExchange().permitAll();
    }

    /** Takes the token's role claim ({@link ClaimNames#role()}) as the caller's one role. */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> fromToken(ClaimNames claims) {
        return jwt -> Mono.just(new JwtAuthenticationToken(jwt, Caller.of(jwt, claims).authorities(), jwt.getSubject()));
    }
}
