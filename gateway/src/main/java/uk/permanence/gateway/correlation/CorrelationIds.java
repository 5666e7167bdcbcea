package uk.permanence.gateway.correlation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id before anything else runs, by the rule every service applies too
 * ({@link uk.permanence.correlation.CorrelationIds}). It goes to the service, back in the response (once: it
 * replaces the copy the service sends back), and on into the service's logs and the Kafka records the request
 * causes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIds implements WebFilter {

    public static final String HEADER = uk.permanence.correlation.CorrelationIds.HEADER;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = uk.permanence.correlation.CorrelationIds
                .acceptOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, correlationId);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, correlationId)))
                .build());
    }
}
