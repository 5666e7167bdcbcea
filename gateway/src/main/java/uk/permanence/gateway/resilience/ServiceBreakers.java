package uk.permanence.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ConnectException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.permanence.gateway.problems.GatewayProblems;
import uk.permanence.gateway.protection.GatewayLimits;

/**
 * One circuit breaker per service (the route's {@code service} metadata). Only the service's own failures count:
 * it refused the connection, answered 5xx, or did not answer in time once the whole request had reached it. What a
 * client does never counts (its body arriving too slowly, going away before the answer), so slow or careless
 * clients cannot open a breaker that every council shares. When too many calls fail the breaker opens and calls
 * are answered at once with 503 and {@code Retry-After} instead of waiting on a service that is down.
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
        if (!breaker.tryAcquirePermission()) {
            return unavailable(exchange, service);
        }
        Call call = new Call(breaker, exchange.getRequest());
        return chain.filter(exchange.mutate().request(call.request()).build())
                .then(Mono.<Void>fromRunnable(() -> call.answered(exchange.getResponse().getStatusCode())))
                .onErrorResume(error -> call.failed(error)
                        ? answerFailure(exchange, service, error)
                        : GatewayProblems.write(exchange, HttpStatus.REQUEST_TIMEOUT,
                                "The request did not arrive in time."))
                .doOnCancel(call::abandoned);
    }

    private Mono<Void> answerFailure(ServerWebExchange exchange, String service, Throwable error) {
        if (refusedConnection(error)) {
            return unavailable(exchange, service);
        }
        if (isTimeout(error)) {
            return GatewayProblems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, service + " did not answer in time.");
        }
        return GatewayProblems.write(exchange, HttpStatus.BAD_GATEWAY,
                service + " closed the connection before answering; try again.");
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, String service) {
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, settings.openFor().toSeconds())));
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                service + " is unavailable; try again shortly.");
    }

    private static boolean refusedConnection(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeout(Throwable error) {
        return error instanceof ResponseStatusException status
                && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    /** One call through a breaker, settled once: as the service's success or failure, or as not its doing. */
    private static final class Call {

        private final CircuitBreaker breaker;
        private final ServerHttpRequest request;
        private final long started = System.nanoTime();
        private final AtomicBoolean settled = new AtomicBoolean();
        private final AtomicBoolean clientBodyFailed = new AtomicBoolean();

        Call(CircuitBreaker breaker, ServerHttpRequest request) {
            this.breaker = breaker;
            this.request = new ServerHttpRequestDecorator(request) {
                @Override
                public Flux<DataBuffer> getBody() {
                    return super.getBody().doOnError(error -> clientBodyFailed.set(true));
                }
            };
        }

        ServerHttpRequest request() {
            return request;
        }

        void answered(HttpStatusCode status) {
            if (settled.compareAndSet(false, true)) {
                if (status != null && status.is5xxServerError()) {
                    breaker.onError(elapsed(), TimeUnit.NANOSECONDS, new ServiceAnsweredWithError(status));
                } else {
                    breaker.onSuccess(elapsed(), TimeUnit.NANOSECONDS);
                }
            }
        }

        /**
         * Records a failure that is the service's and answers true; false when reading the client's body failed (it
         * came too slowly, or the client went away). A body left unsent because the service could not be reached, or
         * closed the connection first, is not the client's doing: that client is told to retry, never 408.
         */
        boolean failed(Throwable error) {
            if (clientBodyFailed.get()) {
                abandoned();
                return false;
            }
            if (settled.compareAndSet(false, true)) {
                breaker.onError(elapsed(), TimeUnit.NANOSECONDS, error);
            }
            return true;
        }

        void abandoned() {
            if (settled.compareAndSet(false, true)) {
                breaker.releasePermission();
            }
        }

        private long elapsed() {
            return System.nanoTime() - started;
        }
    }

    /** A 5xx answer from the service, recorded as a failure. */
    private static final class ServiceAnsweredWithError extends RuntimeException {

        ServiceAnsweredWithError(HttpStatusCode status) {
            super("answered " + status.value(), null, false, false);
        }
    }
}
