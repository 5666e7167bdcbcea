package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Endurance over every route, found in the gateway's own OpenAPI document (a new route is covered without editing
 * this test): every GET is called {@value #CALLS} times in a row on the service that serves it, as JSON and, where
 * the route offers it, as CSV, with valid parameters and a seeded case. Every answer must be 200; afterwards every
 * service is healthy, no connection of its request pool is still in use, and a case event is applied within
 * seconds.
 */
class EnduranceTest {

    private static final int CALLS = 200;
    private static final List<String> SERVICES = List.of("case-service", "tracking-service", "reporting-service");
    private static final String LA = "825";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String teamManager = platform.tokens().token(LA, "team-manager");
    private final List<String> tokens = List.of(teamManager, platform.tokens().operator("admin"));

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    /** One documented GET made concrete, with the service and a token that may call it. */
    record Route(String template, String path, String service, String token, boolean csv) {
    }

    @Test
    void everyGetOfEveryServiceKeepsAnsweringAndLeavesNothingBehind() throws Exception {
        String caseId = openCase("ENDURE-" + UUID.randomUUID().toString().substring(0, 8));
        eventually(() -> assertThat(send("tracking-service", "/api/cases/" + caseId + "/timeliness", teamManager,
                "application/json").statusCode()).isEqualTo(200));

        HttpResponse<String> imported = Ssda903Upload.post(http, platform.gatewayUrl(), LA, teamManager,
                Map.of("header_2024-25.csv", "CHILD,SEX,DOB,ETHNIC\nENDURE-903,1,01/01/2020,WBRI\n"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(202);
        String importId = JSON.readTree(imported.body()).path("importId").asString();

        JsonNode document = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create(platform.gatewayUrl() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<Route> routes = new ArrayList<>();
        for (String template : document.path("paths").propertyNames()) {
            JsonNode get = document.path("paths").path(template).path("get");
            if (!get.isMissingNode()) {
                routes.add(route(template, concrete(template, get, document, caseId, importId), get));
            }
        }
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);

        long started = System.nanoTime();
        Map<String, Map<Integer, Integer>> answers = new ConcurrentHashMap<>();
        ExecutorService perService = Executors.newFixedThreadPool(SERVICES.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String service : SERVICES) {
                List<Route> ofService = routes.stream().filter(route -> route.service().equals(service)).toList();
                runs.add(perService.submit(() -> {
                    for (Route route : ofService) {
                        callRepeatedly(route, "application/json", answers);
                        if (route.csv()) {
                            callRepeatedly(route, "text/csv", answers);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            perService.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.values().forEach(counts -> counts.forEach((status, n) -> byStatus.merge(status, n, Integer::sum)));
        int requests = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        String report = "endurance: %d GET routes (%d also as CSV) on %d services, %d requests in %d s, answers %s%n"
                .formatted(routes.size(), routes.stream().filter(Route::csv).count(), SERVICES.size(), requests,
                        seconds, byStatus)
                + routes.stream().map(route -> "  " + route.service() + " " + route.path()
                        + (route.csv() ? " (json, csv)" : " (json)"))
                .collect(Collectors.joining("\n"));
        System.out.println(report);
        Files.writeString(platform.logs().resolveSibling("endurance.txt"), report);
        answers.forEach((call, counts) -> assertThat(counts).as(call).containsOnlyKeys(200));

        for (String service : SERVICES) {
            HttpResponse<String> health = send(service, "/actuator/health", null, "application/json");
            assertThat(health.statusCode()).as(service + " health").isEqualTo(200);
            assertThat(JSON.readTree(health.body()).path("status").asString()).as(service).isEqualTo("UP");
            eventually(Duration.ofSeconds(30), () -> {
                HttpResponse<String> active = send(service,
                        "/actuator/metrics/hikaricp.connections.active?tag=pool:requests",
                        null, "application/json");
                assertThat(active.statusCode()).as(service + " pool metric").isEqualTo(200);
                JsonNode value = JSON.readTree(active.body()).path("measurements").path(0).path("value");
                assertThat(value.isNumber()).as(service + " pool metric").isTrue();
                assertThat(value.asDouble()).as(service + " connections in use").isZero();
            });
        }

        long summaryBefore = childrenInCare();
        String later = openCase("ENDURE-AFTER-" + UUID.randomUUID().toString().substring(0, 8));
        long recorded = System.nanoTime();
        eventually(Duration.ofSeconds(15), () -> assertThat(send("tracking-service",
                "/api/cases/" + later + "/timeliness", teamManager, "application/json").statusCode()).isEqualTo(200));
        eventually(Duration.ofSeconds(15), () -> assertThat(childrenInCare()).isEqualTo(summaryBefore + 1));
        System.out.printf("endurance: an event recorded afterwards was applied by tracking and reporting in %d ms%n",
                (System.nanoTime() - recorded) / 1_000_000);
    }

    private void callRepeatedly(Route route, String accept, Map<String, Map<Integer, Integer>> answers)
            throws Exception {
        Map<Integer, Integer> counts = answers.computeIfAbsent(route.path() + " " + accept,
                key -> new ConcurrentHashMap<>());
        for (int call = 0; call < CALLS; call++) {
            HttpResponse<String> response = send(route.service(), route.path(), route.token(), accept);
            counts.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 200) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(route.path() + " " + accept).startsWith(accept);
            }
        }
    }

    /** The service (and token) that answers this route 200: the routes are the gateway's, the ports the services'. */
    private Route route(String template, String path, JsonNode get) throws Exception {
        boolean csv = get.path("responses").path("200").path("content").has("text/csv");
        List<String> tried = new ArrayList<>();
        for (String service : SERVICES) {
            for (String token : tokens) {
                int status = send(service, path, token, "application/json").statusCode();
                if (status == 200) {
                    return new Route(template, path, service, token, csv);
                }
                tried.add(service + ": " + status);
            }
        }
        throw new AssertionError("no service answers GET " + path + " with 200: " + tried);
    }

    /** The path with its path parameters and every required parameter filled, plus the council for reports. */
    private static String concrete(String template, JsonNode get, JsonNode document, String caseId,
                                   String importId) {
        String path = template.replace("{caseId}", caseId).replace("{importId}", importId);
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : get.path("parameters")) {
            JsonNode resolved = parameter.has("$ref")
                    ? document.at(parameter.path("$ref").asString().substring(1)) : parameter;
            String name = resolved.path("name").asString();
            if (!resolved.path("in").asString().equals("query")) {
                continue;
            }
            if (resolved.has("example")) {
                query.put(name, resolved.path("example").asString());
            } else if (name.equals("la")) {
                query.put(name, LA);
            } else if (resolved.path("required").asBoolean()) {
                query.put(name, switch (resolved.path("schema").path("format").asString()) {
                    case "date-time" -> Instant.now().toString();
                    case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
                    default -> throw new AssertionError("no value known for required parameter " + name + " of "
                            + template + ": give it an example in openapi.yaml");
                });
            }
        }
        return query.isEmpty() ? path : path + "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(String service, String path, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String openCase(String reference) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/api/cases"))
                .header("Authorization", "Bearer " + teamManager).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"laCode":"%s","caseReference":"%s","dateOfBirth":"2024-05-01",
                         "enteredCareOn":"2025-06-02","legalStatus":"V2"}""".formatted(LA, reference)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("caseId").asString();
    }

    private long childrenInCare() throws Exception {
        HttpResponse<String> summary = send("reporting-service", "/api/reports/summary?la=" + LA, teamManager,
                "application/json");
        assertThat(summary.statusCode()).isEqualTo(200);
        return JSON.readTree(summary.body()).path("childrenInCare").asLong();
    }
}
