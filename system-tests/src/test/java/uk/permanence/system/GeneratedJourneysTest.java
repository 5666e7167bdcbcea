package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property of the whole platform, searched with generated inputs: whatever valid history councils record (drawn
 * by {@link GeneratedJourney}), every per-child view and every report answers 200 and agrees with itself. Each run
 * draws {@code -Djourneys=N} children (40 by default; run more on demand) from {@code -Djourneys.seed=S}, printed
 * first so that a failing run can be repeated exactly.
 */
class GeneratedJourneysTest {

    private static final int JOURNEYS = Integer.getInteger("journeys", 40);
    private static final long SEED = Long.getLong("journeys.seed", System.nanoTime());
    private static final String RAA = "adopt-thames-valley";
    private static final List<String> REPORTS = List.of("scorecard", "quarterly-return", "cohorts", "data-quality",
            "cost-of-delay", "run-charts");

    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Random random = new Random(SEED);
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private final List<String> refused = new ArrayList<>();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    @Test
    void whateverValidHistoryIsRecordedEveryViewAnswersAndEveryReportAddsUp() throws Exception {
        System.out.printf("generated journeys: %d children from seed %d (-Djourneys.seed=%d repeats them)%n",
                JOURNEYS, SEED, SEED);
        String run = Long.toString(SEED & 0xffffff, 36) + "-" + UUID.randomUUID().toString().substring(0, 4);
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            GeneratedJourney journey = GeneratedJourney.draw(random, "GEN-" + run + "-" + i, today);
            String caseId = record(journey, "generator-" + (i % 8));
            if (caseId != null) {
                caseIds.add(caseId);
            }
        }
        System.out.printf("generated journeys: %d cases opened; refused steps (kept for the record): %s%n",
                caseIds.size(), refused);

        for (String caseId : caseIds) {
            eachViewOfTheChildAnswersAndAgrees(caseId);
        }
        eventually(Duration.ofSeconds(60), this::everyReportAnswersAndAddsUp);
    }

    // ---- recording a journey as a council would ----

    private String record(GeneratedJourney journey, String subject) throws Exception {
        String token = platform.tokens().tokenFor(subject + "@" + journey.laCode(), journey.laCode(), "team-manager");
        String caseId = null;
        for (GeneratedJourney.Step step : journey.steps()) {
            boolean opens = step.milestone().equals("open") || step.milestone().equals("unborn");
            if (!opens && caseId == null) {
                return null;
            }
            String path = step.milestone().equals("open") ? "/api/cases"
                    : step.milestone().equals("unborn") ? "/api/cases/unborn"
                    : "/api/cases/" + caseId + "/" + step.milestone();
            Map<String, Object> body = step.correctsOrVoids() ? fixOf(caseId, step.milestone(), token) : step.body();
            if (body == null) {
                continue;
            }
            HttpResponse<String> answer = post(path, body, token);
            if (answer.statusCode() == 422 && json.readTree(answer.body()).path("overridable").asBoolean()) {
                Map<String, Object> overridden = new LinkedHashMap<>(body);
                overridden.put("overrideReason", "recorded as the court file shows");
                answer = post(path, overridden, token);
            }
            assertThat(answer.statusCode()).as("seed %d: POST %s %s -> %s", SEED, path, body, answer.body())
                    .isLessThan(500);
            if (answer.statusCode() >= 400) {
                refused.add(step.milestone() + " " + answer.statusCode());
            } else if (opens && caseId == null) {
                caseId = json.readTree(answer.body()).path("caseId").asString();
            }
        }
        return caseId;
    }

    /** A correction of one date of an event still in effect, or a void of one (never the opening event). */
    private Map<String, Object> fixOf(String caseId, String milestone, String token) throws Exception {
        List<JsonNode> targets = new ArrayList<>();
        for (JsonNode entry : json.readTree(get("/api/cases/" + caseId, token, "application/json").body())
                .path("events")) {
            if (entry.path("status").asString().equals("in-effect") && entry.path("sequence").asLong() > 0) {
                targets.add(entry);
            }
        }
        if (targets.isEmpty()) {
            return null;
        }
        JsonNode target = targets.get(random.nextInt(targets.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(milestone.equals("voids") ? "voidedOn" : "correctedOn", today);
        body.put(milestone.equals("voids") ? "voidedSequence" : "correctedSequence", target.path("sequence").asLong());
        body.put("reason", "recorded in error");
        if (milestone.equals("corrections")) {
            String field = target.path("details").propertyNames().stream()
                    .filter(name -> name.endsWith("On") && target.path("details").path(name).isString())
                    .findFirst().orElse(null);
            if (field == null) {
                return null;
            }
            LocalDate was = LocalDate.parse(target.path("details").path(field).asString());
            LocalDate corrected = was.plusDays(random.nextInt(61) - 30);
            body.put("field", field);
            body.put("value", (corrected.isAfter(today) ? today : corrected).toString());
        }
        return body;
    }

    // ---- the properties ----

    private void eachViewOfTheChildAnswersAndAgrees(String caseId) {
        eventually(Duration.ofSeconds(60), () -> {
            HttpResponse<String> file = get("/api/cases/" + caseId, raaLead(), "application/json");
            assertThat(file.statusCode()).as("seed %d: case file %s", SEED, caseId).isEqualTo(200);
            JsonNode caseFile = json.readTree(file.body());
            String token = platform.tokens().token(caseFile.path("laCode").asString(), "team-manager");

            HttpResponse<String> timeliness = get("/api/cases/" + caseId + "/timeliness", token, "application/json");
            assertThat(timeliness.statusCode()).as("seed %d: timeliness of %s: %s", SEED, caseId, timeliness.body())
                    .isEqualTo(200);
            JsonNode clocks = json.readTree(timeliness.body());
            assertThat(clocks.path("stage").asString()).as("seed %d: tracking's stage of %s", SEED, caseId)
                    .isEqualTo(caseFile.path("stage").asString());
            if (clocks.path("a1").isObject() && clocks.path("a10").isObject()) {
                assertThat(clocks.path("a10").path("days").asLong()).as("seed %d: A10 <= A1 for %s", SEED, caseId)
                        .isLessThanOrEqualTo(clocks.path("a1").path("days").asLong());
            }
            for (String path : List.of("/api/cases/" + caseId + "/history?asOf=" + Instant.now(),
                    "/api/alerts?caseId=" + caseId)) {
                assertThat(get(path, token, "application/json").statusCode()).as("seed %d: %s", SEED, path)
                        .isEqualTo(200);
            }
        });
    }

    private void everyReportAnswersAndAddsUp() throws Exception {
        String raaToken = raaLead();
        Map<String, JsonNode> scorecards = new TreeMap<>();
        Map<String, JsonNode> cohorts = new TreeMap<>();
        String quarter = today.minusMonths(3).getYear() + "-Q" + ((today.minusMonths(3).getMonthValue() - 1) / 3 + 1);
        for (String scope : scopes()) {
            String token = scope.startsWith("raa=") ? raaToken : platform.tokens().token(scope.substring(3), "team-manager");
            for (String report : REPORTS) {
                String path = "/api/reports/" + report + "?" + scope
                        + (report.equals("quarterly-return") ? "&quarter=" + quarter : "");
                for (String accept : List.of("application/json", "text/csv")) {
                    HttpResponse<String> answer = get(path, token, accept);
                    assertThat(answer.statusCode()).as("seed %d: %s as %s: %s", SEED, path, accept, answer.body())
                            .isEqualTo(200);
                }
                JsonNode body = json.readTree(get(path, token, "application/json").body());
                if (report.equals("scorecard")) {
                    scorecards.put(scope, body);
                } else if (report.equals("cohorts")) {
                    cohorts.put(scope, body);
                } else if (report.equals("quarterly-return") && scope.startsWith("raa=")) {
                    theTotalIsTheSumOfItsCouncils(body);
                }
            }
            if (scope.startsWith("la=")) {
                assertThat(get("/api/reports/summary?" + scope, token, "application/json").statusCode())
                        .isEqualTo(200);
            }
        }
        for (String measure : List.of("a1", "a10", "a2", "a3")) {
            assertThat(sumOverCouncils(scorecards, measure + "/children"))
                    .as("seed %d: scorecard %s children by council add up to the RAA's", SEED, measure)
                    .isEqualTo(scorecards.get("raa=" + RAA).at("/" + measure + "/children").asLong());
        }
        for (String cohort : List.of("placementOrders", "adoptionDecisions")) {
            assertThat(sumOverCouncils(cohorts, cohort + "/children"))
                    .as("seed %d: %s cohort by council adds up to the RAA's", SEED, cohort)
                    .isEqualTo(cohorts.get("raa=" + RAA).at("/" + cohort + "/children").asLong());
        }
        for (JsonNode report : cohorts.values()) {
            JsonNode orders = report.path("placementOrders");
            assertThat(orders.path("matched").asLong() + orders.path("stillWaiting").asLong()
                    + orders.path("routeEnded").asLong())
                    .as("seed %d: matched + still waiting + route ended = the cohort, %s", SEED, report.path("scope"))
                    .isEqualTo(orders.path("children").asLong());
        }
    }

    private void theTotalIsTheSumOfItsCouncils(JsonNode quarterlyReturn) {
        JsonNode total = quarterlyReturn.path("total");
        for (String count : List.of("admDecisions", "placementOrders", "matches", "placements", "adoptionOrders",
                "specialGuardianshipOrders", "decisionsReversed", "earlyPermanencePlacements",
                "waitingWithOrder/total", "waitingWithOrder/over90DaysSinceOrder",
                "waitingWithOrder/over12MonthsSinceOrder", "waitingWithOrder/over18MonthsSinceOrder",
                "waitingWithOrder/over18MonthsSinceEntry")) {
            long sum = 0;
            for (JsonNode council : quarterlyReturn.path("councils")) {
                sum += council.at("/" + count).asLong();
            }
            assertThat(sum).as("seed %d: quarterly return %s by council adds up to the total", SEED, count)
                    .isEqualTo(total.at("/" + count).asLong());
        }
        for (JsonNode council : quarterlyReturn.path("councils")) {
            assertThat(council.at("/waitingWithOrder/over90DaysSinceOrder").asLong())
                    .as("seed %d: waiting over 90 days is among those waiting", SEED)
                    .isLessThanOrEqualTo(council.at("/waitingWithOrder/total").asLong());
        }
    }

    private static long sumOverCouncils(Map<String, JsonNode> byScope, String pointer) {
        return byScope.entrySet().stream().filter(entry -> entry.getKey().startsWith("la="))
                .mapToLong(entry -> entry.getValue().at("/" + pointer).asLong()).sum();
    }

    private static List<String> scopes() {
        List<String> scopes = new ArrayList<>();
        GeneratedJourney.COUNCILS.forEach(council -> scopes.add("la=" + council));
        scopes.add("raa=" + RAA);
        return scopes;
    }

    private static String raaLead() {
        return platform.tokens().tokenOf("raa", RAA, "raa-lead");
    }

    // ---- HTTP, waiting politely when the gateway's rate limit says so ----

    private HttpResponse<String> post(String path, Map<String, Object> body, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private HttpResponse<String> get(String path, String token, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int retry = 0; retry < 30 && answer.statusCode() == 429; retry++) {
            Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(1));
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return answer;
    }
}
