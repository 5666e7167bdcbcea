package uk.permanence.gateway.protection;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's protective limits, from {@code permanence.gateway} in application.yml.
 *
 * @param maxBodySize   largest request body accepted
 * @param uploads       the routes that take files, with their own larger bound
 * @param perClient     token bucket for each client (the token's subject)
 * @param perTenant     token bucket shared by everyone of one tenant (a VAA, an RAA or a set of councils)
 * @param heavyReads    path prefixes of the reads that cost the platform most (reports, lists over a council)
 * @param tenantHeavyReadsPerProcessor heavy reads one tenant may have in progress at once, per processor of this
 *                      gateway's machine (at least one): however many clients a tenant runs, its reports cannot take
 *                      every processor from the other tenants; more wait their turn
 * @param heavyReadWait how long a heavy read waits for its turn before it is refused (429)
 * @param heavyReadsWaiting how many heavy reads of one tenant may wait at once; more are refused at once
 * @param breaker       when a service counts as down
 * @param client        how long a client may take to send a request
 */
@ConfigurationProperties("permanence.gateway")
public record GatewayLimits(DataSize maxBodySize, Uploads uploads, Bucket perClient, Bucket perTenant, List<String> heavyReads,
                            double tenantHeavyReadsPerProcessor, Duration heavyReadWait, int heavyReadsWaiting,
                            Breaker breaker, Client client) {

    /** Heavy reads one tenant may have in progress at once on this gateway. */
    public int tenantHeavyReads() {
        return Math.max(1, (int) (tenantHeavyReadsPerProcessor * Runtime.getRuntime().availableProcessors()));
    }

    /** A GET of one of the heavy reads' paths. */
    public boolean isHeavyRead(String method, String path) {
        return method.equals("GET") && heavyReads.stream().anyMatch(path::startsWith);
    }

    /** The largest body accepted on this path: an upload route's bound, else every command's. */
    public DataSize maxBodySize(String path) {
        return uploads.paths().contains(path) ? uploads.maxBodySize() : maxBodySize;
    }

    /** Routes that take files (a council's SSDA903 return) and the largest body each may have. */
    public record Uploads(List<String> paths, DataSize maxBodySize) {
    }

    /** A sustained {@code rate} of requests per second, with bursts of up to {@code burst}. */
    public record Bucket(double rate, int burst) {
    }

    /**
     * @param failureRatePercent failed calls among the last {@code window} that open it: the service refused the
     *                           connection, did not answer in time once the whole request was sent, or answered 5xx
     * @param window             calls considered
     * @param openFor            how long it refuses calls before trying again
     */
    public record Breaker(float failureRatePercent, int window, Duration openFor) {
    }

    /**
     * @param headerTimeout a request's headers in full, from the connection opening or the previous answer
     * @param bodyTimeout   a request's body in full after its headers, and at most between two reads of it
     * @param idleTimeout   a connection with nothing to read
     */
    public record Client(Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout) {
    }
}
