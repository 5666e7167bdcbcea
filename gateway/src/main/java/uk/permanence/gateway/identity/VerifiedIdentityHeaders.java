package uk.permanence.gateway.identity;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Identity reaches the services only in the verified token, which the gateway passes on and each service verifies
 * again: any {@code X-Permanence-*} header a client sent is dropped, so that nothing downstream can be misled by one.
 */
@Component
class VerifiedIdentityHeaders implements GlobalFilter, Ordered {

    static final String PREFIX = "X-Permanence-";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate().request(request -> request.headers(VerifiedIdentityHeaders::strip))
                .build());
    }

    private static void strip(HttpHeaders headers) {
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
