package uk.permanence.gateway.protection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's protective limits, from {@code permanence.gateway} in application.yml.
 *
 * @param maxBodySize   largest request body accepted
 * @param perClient     token bucket for each client (the token's subject)
 * @param perTenant     token bucket shared by everyone of one tenant (a VAA, an RAA or a set of councils)
 * @param breaker       when a service counts as down
 */
@ConfigurationProperties("permanence.gateway")
public record GatewayLimits(DataSize maxBodySize, Bucket perClient, Bucket perTenant, Breaker breaker) {

    /** A sustained {@code rate} of requests per second, with bursts of up to {@code burst}. */
    public record Bucket(double rate, int burst) {
    }

    /**
     * @param failureRatePercent failed calls (connection refused, timeout) among the last {@code window} that open it
     * @param window             calls considered
     * @param openFor            how long it refuses calls before trying again
     */
    public record Breaker(float failureRatePercent, int window, Duration openFor) {
    }
}
