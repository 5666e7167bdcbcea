package uk.permanence.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What the gateway adds to a call: the same cheap request (the timeliness of a case that does not exist, which
 * tracking-service answers with 404 after one indexed lookup, so that the service's own work does not drown the
 * gateway's) at a constant arrival rate, first straight to the service (with the identity headers the gateway would set), then
 * through the gateway with JWT verification and rate limiting on. Open model: each request's latency counts from
 * when it was due, so a slow answer cannot hide the queue behind it.
 *
 * <p>Usage: {@code GatewayOverhead SERVICE_URL GATEWAY_URL RATE SECONDS TOKENS_FILE}, where each line of the file
 * is {@code COUNCIL TOKEN}; requests rotate over the tokens so that no single client reaches its own rate limit.
 */
public final class GatewayOverhead {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchCallers callers;

    private GatewayOverhead(BenchCallers callers) {
        this.callers = callers;
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        GatewayOverhead bench = new GatewayOverhead(BenchCallers.read(args[4]));
        TrackingLoad.awaitNoBacklog(bench.http, args[0]);
        bench.run(args[0], rate, 3);
        Result direct = bench.run(args[0], rate, seconds);
        bench.run(args[1], rate, 3);
        Result gateway = bench.run(args[1], rate, seconds);
        System.out.printf(Locale.ROOT, "{\"name\":\"gateway-overhead\",\"requestsPerSecond\":%d,\"seconds\":%d,"
                        + "\"directP50Ms\":%.2f,\"directP99Ms\":%.2f,\"gatewayP50Ms\":%.2f,\"gatewayP99Ms\":%.2f,"
                        + "\"addedP50Ms\":%.2f,\"addedP99Ms\":%.2f,\"directFailed\":%d,\"gatewayFailed\":%d}%n",
                rate, seconds, direct.p50(), direct.p99(), gateway.p50(), gateway.p99(),
                gateway.p50() - direct.p50(), gateway.p99() - direct.p99(), direct.failed(), gateway.failed());
    }

    record Result(double p50, double p99, long failed) {
    }

    private Result run(String baseUrl, int rate, int seconds) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong failed = new AtomicLong();
        int total = rate * seconds;
        CountDownLatch answered = new CountDownLatch(total);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            BenchCallers.Caller caller = callers.get(i);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/cases/bench-" + i + "/timeliness"))
                    .timeout(Duration.ofSeconds(30));
            request.header("Authorization", "Bearer " + caller.token());
            http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latencies.recordValue(System.nanoTime() - due);
                if (error != null || response.statusCode() != 404) {
                    failed.incrementAndGet();
                }
                answered.countDown();
            });
        }
        answered.await();
        Histogram histogram = latencies.getIntervalHistogram();
        return new Result(histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                failed.get());
    }
}
