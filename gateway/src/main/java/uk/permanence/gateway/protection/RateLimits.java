package uk.permanence.gateway.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.permanence.gateway.problems.GatewayProblems;
import uk.permanence.tokens.Caller;
import uk.permanence.tokens.ClaimNames;

/**
 * Token buckets in the gateway's memory, one per client and one per tenant: a client over its own rate is refused
 * with 429 and {@code Retry-After}, and a tenant's shared bucket keeps one tenant's clients from starving others.
 * A tenant also has at most {@link GatewayLimits#tenantHeavyReads()} heavy reads in progress at once, the others
 * waiting their turn ({@link HeavyReadTurns}), so that a few clients reading the heaviest reports at full speed cannot
 * take every processor from the other tenants.
 * Each gateway instance limits on its own; the limits are set per instance.
 */
@Component
class RateLimits implements GlobalFilter, Ordered {

    private final GatewayLimits limits;
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final Cache<String, HeavyReadTurns> heavyReads = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final Counter clientRejections;
    private final Counter tenantRejections;
    private final Counter heavyReadRejections;

    private final ClaimNames claims;

    RateLimits(GatewayLimits limits, MeterRegistry meters, ClaimNames claims) {
        this.claims = claims;
        this.limits = limits;
        this.clientRejections = rejections(meters, "client");
        this.tenantRejections = rejections(meters, "tenant");
        this.heavyReadRejections = rejections(meters, "tenant-heavy-reads");
    }

    private static Counter rejections(MeterRegistry meters, String scope) {
        return Counter.builder("gateway_rate_limit_rejections")
                .description("Requests refused with 429 because a client or tenant exceeded its rate")
                .tag("scope", scope)
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(token -> token.isEmpty() ? chain.filter(exchange) : limited(token.get(), exchange, chain));
    }

    private Mono<Void> limited(Jwt token, ServerWebExchange exchange, GatewayFilterChain chain) {
        long wait = waitFor(token);
        if (wait > 0) {
            return refuse(exchange, wait);
        }
        if (!limits.isHeavyRead(exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        HeavyReadTurns turns = heavyReads.get(tenantOf(token), key -> new HeavyReadTurns(limits.tenantHeavyReads(),
                limits.heavyReadsWaiting()));
        return Mono.usingWhen(turns.take(limits.heavyReadWait()),
                admitted -> admitted ? chain.filter(exchange) : refuseHeavyRead(exchange),
                admitted -> admitted ? Mono.fromRunnable(turns::release) : Mono.empty());
    }

    private Mono<Void> refuseHeavyRead(ServerWebExchange exchange) {
        heavyReadRejections.increment();
        return refuse(exchange, TimeUnit.SECONDS.toNanos(1));
    }

    private long waitFor(Jwt token) {
        long now = System.nanoTime();
        TokenBucket client = buckets.get("client:" + token.getSubject(), key -> new TokenBucket(limits.perClient(), now));
        long clientWait = client.take(now);
        if (clientWait > 0) {
            clientRejections.increment();
            return clientWait;
        }
        TokenBucket tenant = buckets.get("tenant:" + tenantOf(token), key -> new TokenBucket(limits.perTenant(), now));
        long tenantWait = tenant.take(now);
        if (tenantWait > 0) {
            client.giveBack();
            tenantRejections.increment();
        }
        return tenantWait;
    }

    private String tenantOf(Jwt token) {
        Caller caller = Caller.of(token, claims);
        if (caller.vaa() != null) {
            return "vaa:" + caller.vaa();
        }
        if (caller.raa() != null) {
            return "raa:" + caller.raa();
        }
        return "la:" + String.join(",", caller.councils().stream().sorted().toList());
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, long waitNanos) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests; try again in " + seconds + " s.");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
