package uk.permanence.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;

/**
 * Loads a national-scale synthetic population ({@link SyntheticJourneys}) into a consuming service's journal, as
 * its consumer would have written it, rebuilds the service's read models from it ({@code POST /admin/rebuild}), and
 * then either times every report on it (given a reader's token) or only keeps it ({@code keep}), so that pages can
 * be timed on it, or removes it again (neither). Prints one line of JSON.
 *
 * <p>Usage: {@code NationalScale SERVICE JDBC_URL USER PASSWORD SERVICE_URL ADMIN_TOKEN CHILDREN [READER_TOKEN|keep]},
 * or {@code NationalScale SERVICE JDBC_URL USER PASSWORD forget} to remove a kept population.
 */
public final class NationalScale {

    private static final int CHILDREN_PER_COPY = 5_000;
    private static final int REQUESTS_PER_REPORT = 200;
    private static final List<String> REPORTS = List.of(
            "/api/reports/summary?la=%s",
            "/api/reports/scorecard?la=%s",
            "/api/reports/scorecard?la=%s&asOf=2025-03-31",
            "/api/reports/quarterly-return?la=%s&quarter=2026-Q2",
            "/api/reports/cohorts?la=%s",
            "/api/reports/data-quality?la=%s",
            "/api/reports/cost-of-delay?la=%s",
            "/api/reports/run-charts?la=%s");

    private final HttpClient http = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String service = args[0];
        if (args.length == 5 && args[4].equals("forget")) {
            try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
                forget(db);
            }
            return;
        }
        int children = Integer.parseInt(args[6]);
        NationalScale bench = new NationalScale();
        long loadStarted = System.nanoTime();
        long events;
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            events = load(db, children);
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        String rebuild = bench.call(args[4] + "/admin/rebuild", args[5], true);
        double rebuildEvents = number(rebuild, "events");
        double rebuildSeconds = number(rebuild, "millis") / 1000;
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"name\":\"national-scale-%s\",\"children\":%d,\"events\":%d,\"loadSeconds\":%.1f,"
                        + "\"rebuildEvents\":%.0f,\"rebuildSeconds\":%.1f,\"rebuildEventsPerSecond\":%.0f",
                service, children, events, loadSeconds, rebuildEvents, rebuildSeconds,
                rebuildEvents / Math.max(0.001, rebuildSeconds)));
        if (args.length > 7 && !args[7].equals("keep")) {
            json.append(",\"reports\":{").append(REPORTS.stream()
                    .map(report -> bench.time(args[4], report, args[7]))
                    .collect(Collectors.joining(","))).append('}');
        } else if (args.length == 7) {
            try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
                forget(db);
            }
        }
        System.out.println(json.append('}'));
    }

    /** Loads the population unless the journal already holds exactly it; answers the synthetic events held. */
    private static long load(Connection db, int children) throws Exception {
        if (count(db, "select count(distinct case_id) from case_event where case_id like 'NAT-%'") != children) {
            db.createStatement().execute("delete from case_event where case_id like 'NAT-%'");
            CaseEventCodec codec = new CaseEventCodec();
            for (int from = 0; from < children; from += CHILDREN_PER_COPY) {
                StringBuilder rows = new StringBuilder();
                for (int index = from; index < Math.min(children, from + CHILDREN_PER_COPY); index++) {
                    List<CaseEvent> events = SyntheticJourneys.child(index);
                    for (int sequence = 0; sequence < events.size(); sequence++) {
                        String message = codec.write(UUID.randomUUID(), sequence, events.get(sequence));
                        rows.append(events.get(sequence).caseId()).append(',').append(sequence).append(",\"")
                                .append(message.replace("\"", "\"\"")).append("\"\n");
                    }
                }
                db.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy case_event (case_id, sequence, message) from stdin with (format csv)",
                        new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
            }
            db.createStatement().execute("analyze case_event");
        }
        return count(db, "select count(*) from case_event where case_id like 'NAT-%'");
    }

    /**
     * Removes the synthetic children, and the tracking benchmark's, from every table with a case id, so that they
     * do not weigh on the service afterwards (tracking's daily sweep would go through all of them).
     */
    private static void forget(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = db.createStatement().executeQuery("select table_name from information_schema.columns "
                + "where table_schema = 'public' and column_name = 'case_id'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        for (String table : tables) {
            db.createStatement().execute("delete from " + table + " where case_id like 'NAT-%' or case_id like '"
                    + SyntheticJourneys.LOAD_PREFIX + "%'");
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** One report, on a random council each time, one request after another: latency p50 and p99 in ms. */
    private String time(String serviceUrl, String report, String token) {
        Histogram latency = new Histogram(60_000_000_000L, 3);
        SplittableRandom random = new SplittableRandom(42);
        for (int request = -20; request < REQUESTS_PER_REPORT; request++) {
            String url = serviceUrl + report.formatted(SyntheticJourneys.council(random.nextInt(1_000)));
            long started = System.nanoTime();
            call(url, token, false);
            if (request >= 0) {
                latency.recordValue(System.nanoTime() - started);
            }
        }
        return String.format(Locale.ROOT, "\"%s\":{\"p50Ms\":%.1f,\"p99Ms\":%.1f}",
                report.replace("?la=%s", "").replace("&", " ").replace("/api/reports/", ""),
                latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6);
    }

    private String call(String url, String token, boolean post) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token);
            HttpResponse<String> response = http.send(post ? request.POST(HttpRequest.BodyPublishers.noBody())
                    .build() : request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }

    private static double number(String json, String field) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : json.replaceAll("[{}\"]", "").split(",")) {
            String[] parts = pair.split(":", 2);
            fields.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "");
        }
        return Double.parseDouble(fields.getOrDefault(field, "0"));
    }
}
