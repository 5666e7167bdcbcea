package uk.permanence.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * What the gateway adds to a call: the same cheap request (the timeliness of a case that does not exist, which
 * tracking-service answers with 404 after one indexed lookup, so that the service's own work does not drown the
 * gateway's) at a constant arrival rate ({@link OpenModel}), first straight to the service (which verifies the
 * same tokens), then through the gateway with JWT verification and rate limiting on.
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
        OpenModel.Result direct = bench.run(args[0], rate, seconds);
        bench.run(args[1], rate, 3);
        OpenModel.Result gateway = bench.run(args[1], rate, seconds);
        System.out.printf(Locale.ROOT, "{\"name\":\"gateway-overhead\",\"requestsPerSecond\":%d,\"seconds\":%d,"
                        + "\"directP50Ms\":%.2f,\"directP99Ms\":%.2f,\"gatewayP50Ms\":%.2f,\"gatewayP99Ms\":%.2f,"
                        + "\"addedP50Ms\":%.2f,\"addedP99Ms\":%.2f,\"directFailed\":%d,\"gatewayFailed\":%d}%n",
                rate, seconds, direct.millisAt(50), direct.millisAt(99), gateway.millisAt(50), gateway.millisAt(99),
                gateway.millisAt(50) - direct.millisAt(50), gateway.millisAt(99) - direct.millisAt(99), direct.failed(),
                gateway.failed());
    }

    private OpenModel.Result run(String baseUrl, int rate, int seconds) throws InterruptedException {
        return OpenModel.run(rate, Duration.ofSeconds(seconds), i -> http.sendAsync(HttpRequest.newBuilder(
                                URI.create(baseUrl + "/api/cases/bench-" + i + "/timeliness"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + callers.get(i).token()).build(),
                HttpResponse.BodyHandlers.discarding()).thenApply(response -> response.statusCode() == 404));
    }
}
