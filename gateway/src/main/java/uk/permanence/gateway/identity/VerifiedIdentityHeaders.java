package uk.permanence.gateway.identity;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Identity reaches the services only from the verified token: any {@code X-Permanence-*} header a client sent is
 * dropped, and the token's subject, councils, RAA, VAA and role are passed on in their place.
 */
@Component
class VerifiedIdentityHeaders implements GlobalFilter, Ordered {

    static final String PREFIX = "X-Permanence-";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken())
                .map(token -> withIdentity(exchange, token))
                .defaultIfEmpty(withIdentity(exchange, null))
                .flatMap(chain::filter);
    }

    private static ServerWebExchange withIdentity(ServerWebExchange exchange, Jwt token) {
        return exchange.mutate().request(request -> request.headers(headers -> {
            stripClientIdentity(headers);
            if (token != null) {
                headers.set(PREFIX + "User", token.getSubject());
                List<String> councils = token.getClaimAsStringList("la");
                if (councils != null) {
                    headers.set(PREFIX + "La", String.join(",", councils));
                }
                if (token.hasClaim("role")) {
                    headers.set(PREFIX + "Role", token.getClaimAsString("role"));
                }
                if (token.hasClaim("raa")) {
                    headers.set(PREFIX + "Raa", token.getClaimAsString("raa"));
                }
                if (token.hasClaim("vaa")) {
                    headers.set(PREFIX + "Vaa", token.getClaimAsString("vaa"));
                }
            }
        })).build();
    }

    private static void stripClientIdentity(HttpHeaders headers) {
        headers.headerNames().stream()
                .filter(name -> name.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                .toList()
                .forEach(headers::remove);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
