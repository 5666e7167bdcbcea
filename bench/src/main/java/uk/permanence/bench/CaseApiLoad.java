package uk.permanence.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives the case API with N concurrent clients for a fixed time. Each client opens a case, then records
 * milestones on it (allocations and sibling links, which a case can take without limit), and every accepted
 * command appends one event. Prints events/s and latency percentiles as one line of JSON.
 *
 * <p>Usage: {@code CaseApiLoad NAME BASE_URL CLIENTS SECONDS TOKENS_FILE} (see {@link BenchCallers})
 */
public final class CaseApiLoad {

    private final String baseUrl;
    private final BenchCallers callers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Recorder latencies = new Recorder(3);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean running = true;

    private CaseApiLoad(String baseUrl, BenchCallers callers) {
        this.baseUrl = baseUrl;
        this.callers = callers;
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        CaseApiLoad load = new CaseApiLoad(args[1], BenchCallers.read(args[4]));
        load.run(Duration.ofSeconds(3), clients);
        Histogram histogram = load.run(Duration.ofSeconds(seconds), clients);
        double perSecond = load.accepted.get() / (double) seconds;
        System.out.printf(Locale.ROOT, "{\"name\":\"%s\",\"clients\":%d,\"seconds\":%d,\"eventsAppended\":%d,"
                        + "\"refused\":%d,\"eventsPerSecond\":%.1f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"p999Ms\":%.2f,"
                        + "\"maxMs\":%.2f}%n",
                name, clients, seconds, load.accepted.get(), load.refused.get(), perSecond,
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getValueAtPercentile(99.9)), millis(histogram.getMaxValue()));
    }

    /** Runs the clients for {@code duration}; the first call warms up and its figures are discarded. */
    private Histogram run(Duration duration, int clients) throws InterruptedException {
        running = true;
        accepted.set(0);
        refused.set(0);
        latencies.reset();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> client(client), "client-" + i);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(duration.toMillis());
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
        return latencies.getIntervalHistogram();
    }

    /** One client, with its own token and council (the service verifies tokens as the gateway does). */
    private void client(int client) {
        String token = callers.get(client).token();
        String council = callers.get(client).council();
        while (running) {
            String reference = "BENCH-" + UUID.randomUUID().toString().substring(0, 18);
            String caseId = send(token, "/api/cases", """
                    {"laCode":"%s","caseReference":"%s","dateOfBirth":"2024-05-01","enteredCareOn":"2025-01-10",
                     "legalStatus":"C2"}""".formatted(council, reference));
            for (int i = 0; i < 20 && running && caseId != null; i++) {
                if (i % 2 == 0) {
                    send(token, "/api/cases/" + caseId + "/allocation",
                            "{\"allocatedOn\":\"2025-02-01\",\"socialWorker\":\"sw-" + i + "\",\"team\":\"north\"}");
                } else {
                    send(token, "/api/cases/" + caseId + "/sibling-links",
                            "{\"linkedOn\":\"2025-02-01\",\"siblingCaseId\":\"sibling-" + i + "\"}");
                }
            }
        }
    }

    /** Sends one command; returns the case id from the answer, or null if it was refused. */
    private String send(String token, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        request.header("Authorization", "Bearer " + token);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.recordValue(System.nanoTime() - start);
            if (response.statusCode() / 100 == 2) {
                accepted.incrementAndGet();
                String answer = response.body();
                int at = answer.indexOf("\"caseId\":\"") + 10;
                return answer.substring(at, answer.indexOf('"', at));
            }
            refused.incrementAndGet();
        } catch (Exception e) {
            refused.incrementAndGet();
        }
        return null;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
