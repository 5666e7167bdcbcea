package uk.permanence.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ConnectException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.permanence.gateway.problems.GatewayProblems;
import uk.permanence.gateway.protection.GatewayLimits;

/**
 * One circuit breaker per service (the route's {@code service} metadata): calls that cannot connect or time out
 * count as failures; when too many fail the breaker opens and calls are answered at once with 503 and
 * {@code Retry-After} instead of waiting on a service that is down.
 */
@Component
class ServiceBreakers implements GlobalFilter, Ordered {

    private final CircuitBreakerRegistry registry;
    private final GatewayLimits.Breaker settings;

    ServiceBreakers(GatewayLimits limits, MeterRegistry meters) {
        this.settings = limits.breaker();
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.min(settings.window(), 5))
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = route == null ? null : (String) route.getMetadata().get("service");
        if (service == null) {
            return chain.filter(exchange);
        }
        CircuitBreaker breaker = registry.circuitBreaker(service);
        return chain.filter(exchange)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorResume(CallNotPermittedException.class, refused -> unavailable(exchange, service))
                .onErrorResume(ConnectException.class, refused -> unavailable(exchange, service))
                .onErrorResume(ServiceBreakers::isTimeout, timeout -> GatewayProblems.write(exchange,
                        HttpStatus.GATEWAY_TIMEOUT, service + " did not answer in time."));
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, String service) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, settings.openFor().toSeconds())));
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                service + " is unavailable; try again shortly.");
    }

    private static boolean isTimeout(Throwable error) {
        return error instanceof ResponseStatusException status
                && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
