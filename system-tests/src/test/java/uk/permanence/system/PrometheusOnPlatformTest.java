package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus (Debian's package) scraping the running platform with the repository's alerting rules, their
 * {@code for} windows shortened: every target is up, every dashboard query has data, and a paused consumer fires
 * ProjectionLagHigh.
 */
class PrometheusOnPlatformTest {

    private static final List<String> SERVICES = List.of("identity", "case-service", "tracking-service",
            "reporting-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocalPlatform platform;
    private static Process prometheus;
    private static String prometheusUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPrometheus() throws Exception {
        platform = LocalPlatform.shared();
        Path dir = Files.createDirectories(Path.of("target/prometheus"));
        String rules = RepositoryFiles.read("ops/prometheus/rules/platform.yml")
                .replaceAll("for: \\d+m", "for: 5s");
        Files.writeString(dir.resolve("rules.yml"), rules);
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [rules.yml]
                scrape_configs:
                """);
        for (String service : SERVICES) {
            config.append(job(service, platform.serviceUrl(service)));
        }
        config.append(job("gateway", platform.serviceUrl("gateway-management")));
        Files.writeString(dir.resolve("prometheus.yml"), config);
        int port = freePort();
        prometheusUrl = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder("prometheus", "--config.file=" + dir.resolve("prometheus.yml").toAbsolutePath(),
                "--storage.tsdb.path=" + Files.createTempDirectory("prometheus-data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        eventually(Duration.ofSeconds(30), () -> assertThat(ready()).as("Prometheus ready").isTrue());
    }

    private static boolean ready() throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(prometheusUrl + "/-/ready"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        if (prometheus != null) {
            prometheus.destroy();
            prometheus.waitFor();
        }
    }

    @Test
    void everyTargetIsUpAndEveryDashboardQueryHasData() throws Exception {
        eventually(Duration.ofSeconds(60), () -> {
            JsonNode targets = api("/api/v1/targets").path("data").path("activeTargets");
            assertThat(targets).hasSize(SERVICES.size() + 1);
            targets.forEach(target -> assertThat(target.path("health").asString())
                    .as(target.path("labels").path("job").asString()).isEqualTo("up"));
        });
        openCase("METRICS-1");
        openCase("METRICS-1");

        List<String> queries = dashboardQueries();
        assertThat(queries).hasSizeGreaterThan(20);
        eventually(Duration.ofSeconds(60), () -> {
            List<String> withoutData = new ArrayList<>();
            for (String query : queries) {
                if (query(query).isEmpty()) {
                    withoutData.add(query);
                }
            }
            assertThat(withoutData).isEmpty();
        });
        printSeriesCountAndScrapeDuration();
    }

    @Test
    void aPausedConsumerFiresTheLagRuleAndCatchesUpWhenResumed() throws Exception {
        assertThat(firing("ProjectionLagHigh")).isEmpty();
        post(platform.serviceUrl("tracking-service") + "/admin/case-events/pause");
        try {
            openCase("LAG-RULE-1");
            eventually(Duration.ofSeconds(60), () -> assertThat(firing("ProjectionLagHigh"))
                    .contains("tracking-service"));
        } finally {
            post(platform.serviceUrl("tracking-service") + "/admin/case-events/resume");
        }
        // the rule itself stays firing while the late event sits in the 5-minute p99; the backlog is what clears
        eventually(Duration.ofSeconds(60), () -> assertThat(query(
                "case_events_oldest_unprocessed_seconds{application=\"tracking-service\"} == 0")).hasSize(1));
    }

    private List<String> firing(String alert) throws Exception {
        List<String> applications = new ArrayList<>();
        query("ALERTS{alertname=\"" + alert + "\",alertstate=\"firing\"}")
                .forEach(series -> applications.add(series.path("metric").path("application").asString()));
        return applications;
    }

    private static List<String> dashboardQueries() throws IOException {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(RepositoryFiles.ROOT.resolve("ops/grafana/dashboards"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                JSON.readTree(Files.readString(file)).path("panels").forEach(panel -> panel.path("targets")
                        .forEach(target -> queries.add(target.path("expr").asString())));
            }
        }
        return queries;
    }

    /** The figures issue 7 asks for: series per service (samples in one scrape) and how long a scrape takes. */
    private void printSeriesCountAndScrapeDuration() throws Exception {
        Map<String, String> figures = new TreeMap<>();
        query("scrape_samples_scraped").forEach(series -> figures.merge(series.path("metric").path("job").asString(),
                "series " + series.path("value").path(1).asString(), (a, b) -> a + ", " + b));
        query("scrape_duration_seconds").forEach(series -> figures.merge(series.path("metric").path("job").asString(),
                "scrape " + Math.round(Double.parseDouble(series.path("value").path(1).asString()) * 1000) + " ms",
                (a, b) -> a + ", " + b));
        figures.forEach((job, figure) -> System.out.println("prometheus: " + job + ": " + figure));
    }

    private JsonNode query(String promql) throws Exception {
        return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("data")
                .path("result");
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(prometheusUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void openCase(String reference) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/api/cases"))
                .header("Authorization", "Bearer " + platform.tokens().token("826", "team-manager"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"laCode\":\"826\",\"caseReference\":\"" + reference
                        + "\",\"dateOfBirth\":\"2024-05-01\",\"enteredCareOn\":\"2025-06-02\",\"legalStatus\":\"V2\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void post(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + platform.tokens().operator("ops"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
    }

    private static String job(String name, String url) {
        return "  - job_name: " + name + "\n    metrics_path: /actuator/prometheus\n    static_configs:\n"
                + "      - targets: [\"" + url.substring("http://".length()) + "\"]\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
