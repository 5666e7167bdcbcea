package uk.permanence.gateway.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import reactor.core.publisher.Mono;
import uk.permanence.tokens.TokenRules;

/**
 * What each role may do, by route; the table in {@code docs/access.md} says the same in words. Which children a
 * caller sees is decided by tenancy (councils, RAA, VAA) in each service; this decides which kinds of call a role
 * may make at all. Anything not listed is refused.
 */
final class Roles {

    static final String SOCIAL_WORKER = "social-worker";
    static final String FAMILY_FINDER = "family-finder";
    static final String TEAM_MANAGER = "team-manager";
    static final String RAA_LEAD = "raa-lead";
    static final String VAA_WORKER = "vaa-worker";
    static final String ADMIN = "admin";

    /** The milestones of family-finding, which a VAA records for the children shared with it. */
    static final String[] FAMILY_FINDING = {"/api/cases/*/adopter-links", "/api/cases/*/adopter-link-ends",
            "/api/cases/*/match", "/api/cases/*/placement-for-adoption"};
    static final String[] ALLOCATION_AND_SHARING = {"/api/cases/*/allocation", "/api/cases/*/family-finder-allocation",
            "/api/cases/*/vaa-shares", "/api/cases/*/vaa-unshares"};

    private Roles() {
    }

    static void authorise(AuthorizeExchangeSpec exchanges) {
        exchanges
                // served only on the management port, which is never exposed to clients
                .pathMatchers("/actuator/**").permitAll()
                // the API's documentation is public: it describes no child
                .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/docs/api.html",
                        "/webjars/swagger-ui/**").permitAll()
                .pathMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*")
                .hasAnyRole(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, RAA_LEAD, VAA_WORKER)
                .pathMatchers(HttpMethod.GET, "/api/cases/*/**", "/api/alerts", "/api/surgery")
                .hasAnyRole(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, RAA_LEAD)
                .pathMatchers(HttpMethod.POST, FAMILY_FINDING)
                .hasAnyRole(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, VAA_WORKER)
                .pathMatchers(HttpMethod.POST, ALLOCATION_AND_SHARING).hasAnyRole(TEAM_MANAGER, RAA_LEAD)
                .pathMatchers(HttpMethod.POST, "/api/cases", "/api/cases/**").hasAnyRole(SOCIAL_WORKER, TEAM_MANAGER)
                .pathMatchers(HttpMethod.GET, "/api/reports/**").hasAnyRole(TEAM_MANAGER, RAA_LEAD)
                .pathMatchers("/api/audit/**").hasRole(ADMIN)
                .anyExchange().denyAll();
    }

    /** Takes the token's {@code role} claim as the caller's one role. */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> fromToken() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenRules.ROLE_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
