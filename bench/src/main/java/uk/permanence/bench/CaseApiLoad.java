package uk.permanence.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Commands to the case API at a constant arrival rate ({@link OpenModel}), rotating over the callers: one in ten
 * of a caller's commands opens a case in its council, the others record a milestone (an allocation or a sibling
 * link, which a case can take without limit) on one of its cases, so that concurrent commands seldom meet on one
 * case. Every accepted command appends one event.
 * Prints events/s and latency percentiles as one line of JSON, after a warm-up at the same rate whose figures are
 * discarded (a platform just started spends minutes compiling its hot paths).
 *
 * <p>Usage: {@code CaseApiLoad NAME BASE_URL RATE SECONDS TOKENS_FILE WARM_UP_SECONDS} (see {@link BenchCallers})
 */
public final class CaseApiLoad {

    private static final int OPEN_EVERY = 10;

    private final String baseUrl;
    private final BenchCallers callers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Cases opened, by caller: a caller records milestones on its own cases only (its council's). */
    private final ConcurrentMap<Integer, List<String>> opened = new ConcurrentHashMap<>();

    CaseApiLoad(String baseUrl, BenchCallers callers) {
        this.baseUrl = baseUrl;
        this.callers = callers;
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        CaseApiLoad load = new CaseApiLoad(args[1], BenchCallers.read(args[4]));
        OpenModel.run(rate, Duration.ofSeconds(Integer.parseInt(args[5])), load::command);
        OpenModel.Result result = OpenModel.run(rate, Duration.ofSeconds(seconds), load::command);
        System.out.printf(Locale.ROOT, "{\"name\":\"%s\",\"ratePerSecond\":%d,\"seconds\":%d,\"eventsAppended\":%d,"
                        + "\"refused\":%d,\"eventsPerSecond\":%.1f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"p999Ms\":%.2f,"
                        + "\"maxMs\":%.2f}%n",
                name, rate, seconds, result.succeeded(), result.failed(), result.succeeded() / (double) seconds,
                result.millisAt(50), result.millisAt(99), result.millisAt(99.9), result.maxMillis());
    }

    CompletableFuture<Boolean> command(int n) {
        int callerNumber = n % callers.size();
        int callersRequest = n / callers.size();
        BenchCallers.Caller caller = callers.get(callerNumber);
        List<String> cases = opened.computeIfAbsent(callerNumber, number -> new CopyOnWriteArrayList<>());
        if (callersRequest % OPEN_EVERY == 0 || cases.isEmpty()) {
            return send(caller, "/api/cases", """
                    {"laCode":"%s","caseReference":"BENCH-%s","dateOfBirth":"2024-05-01","enteredCareOn":"2025-01-10",
                     "legalStatus":"C2"}""".formatted(caller.council(), UUID.randomUUID().toString().substring(0, 18)))
                    .thenApply(answer -> {
                        if (answer != null) {
                            int at = answer.indexOf("\"caseId\":\"") + 10;
                            cases.add(answer.substring(at, answer.indexOf('"', at)));
                        }
                        return answer != null;
                    });
        }
        String caseId = cases.get(callersRequest % cases.size());
        // a worker or sibling never named before on the case: the warm-up's commands would make the run's duplicates
        String fresh = UUID.randomUUID().toString().substring(0, 13);
        return callersRequest % 2 == 0
                ? send(caller, "/api/cases/" + caseId + "/allocation",
                        "{\"allocatedOn\":\"2025-02-01\",\"socialWorker\":\"sw-" + fresh + "\",\"team\":\"north\"}")
                        .thenApply(Objects::nonNull)
                : send(caller, "/api/cases/" + caseId + "/sibling-links",
                        "{\"linkedOn\":\"2025-02-01\",\"siblingCaseId\":\"sibling-" + fresh + "\"}")
                        .thenApply(Objects::nonNull);
    }

    /** Sends one command; answers with the response body when it was accepted, null when not. */
    private CompletableFuture<String> send(BenchCallers.Caller caller, String path, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + caller.token())
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() / 100 == 2 ? response.body() : null)
                .exceptionally(error -> null);
    }
}
