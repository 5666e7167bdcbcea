package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.CaseEventTopic;

/**
 * The first slice end to end: a case opened through the gateway is stored as an event in PostgreSQL, published
 * to Kafka, and seen by tracking (days in care) and reporting (children in care).
 */
class OpenCaseSliceTest {

    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String token = platform.tokens().token("825", "team-manager");

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    @Test
    void aCaseOpenedThroughTheGatewayReachesTrackingAndReporting() throws Exception {
        long before = summary("825").path("childrenInCare").asLong();

        HttpResponse<String> created = http.send(request("/api/cases")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"laCode":"825","caseReference":"DEMO-0001","dateOfBirth":"2024-05-01",
                         "enteredCareOn":"2025-01-10","legalStatus":"C2"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        String caseId = json.readTree(created.body()).path("caseId").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/cases/" + caseId);

        long expectedDays = ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 10), LocalDate.now(ZoneOffset.UTC));
        eventually(() -> {
            HttpResponse<String> timeliness = get("/api/cases/" + caseId + "/timeliness");
            assertThat(timeliness.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(timeliness.body());
            assertThat(body.path("caseId").asString()).isEqualTo(caseId);
            assertThat(body.path("daysInCare").asLong()).isEqualTo(expectedDays);
        });
        eventually(() -> assertThat(summary("825").path("childrenInCare").asLong()).isEqualTo(before + 1));

        String otherCouncil = platform.tokens().token("931", "team-manager");
        for (String path : new String[] {"/api/cases/" + caseId, "/api/cases/" + caseId + "/timeliness",
                "/api/reports/summary?la=825"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + otherCouncil).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aChildWhoseFirstReviewIsLateRaisesAnOverdueStatutoryAlert() throws Exception {
        String caseId = idOf(openCase("LATE-REVIEW-1", "2025-06-02", request("/api/cases")));

        eventually(() -> {
            HttpResponse<String> alerts = get("/api/alerts?caseId=" + caseId + "&rule=FIRST_REVIEW");
            assertThat(alerts.statusCode()).isEqualTo(200);
            JsonNode first = json.readTree(alerts.body()).path("items").path(0);
            assertThat(first.path("kind").asString()).isEqualTo("STATUTORY");
            assertThat(first.path("severity").asString()).isEqualTo("OVERDUE");
            assertThat(first.path("startedOn").asString()).isEqualTo("2025-06-02");
            assertThat(first.path("dueOn").asString()).isEqualTo("2025-06-30");
        });
    }

    @Test
    void aMissedVisitIsAnOverdueStatutoryAlertThatTheVisitRecordedThroughTheGatewayClears() throws Exception {
        String caseId = idOf(openCase("VISITED-1", "2025-06-02", request("/api/cases")));
        eventually(() -> {
            JsonNode first = alerts(caseId, "VISIT_AFTER_PLACEMENT").path("items").path(0);
            assertThat(first.path("kind").asString()).isEqualTo("STATUTORY");
            assertThat(first.path("severity").asString()).isEqualTo("OVERDUE");
            assertThat(first.path("dueOn").asString()).isEqualTo("2025-06-09");
        });

        HttpResponse<String> visited = http.send(request("/api/cases/" + caseId + "/visits")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"visitedOn\":\"2025-06-05\",\"seenAlone\":true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(visited.statusCode()).isEqualTo(200);
        eventually(() -> {
            assertThat(alerts(caseId, "VISIT_AFTER_PLACEMENT").path("total").asLong()).isZero();
            JsonNode next = alerts(caseId, "SIX_WEEKLY_VISIT").path("items").path(0);
            assertThat(next.path("severity").asString()).isEqualTo("OVERDUE");
            assertThat(next.path("dueOn").asString()).isEqualTo("2025-07-17");
        });
    }

    private JsonNode alerts(String caseId, String rule) throws Exception {
        HttpResponse<String> alerts = get("/api/alerts?caseId=" + caseId + "&rule=" + rule);
        assertThat(alerts.statusCode()).isEqualTo(200);
        return json.readTree(alerts.body());
    }

    @Test
    void theCorrelationIdReachesTheServiceLogAndTheKafkaRecord() throws Exception {
        String correlationId = "slice-" + UUID.randomUUID();
        HttpResponse<String> created = openCase("CORRELATED-1", "2025-06-02",
                request("/api/cases").header("X-Correlation-Id", correlationId));
        assertThat(created.headers().firstValue("X-Correlation-Id")).contains(correlationId);
        String caseId = idOf(created);

        eventually(() -> assertThat(Files.readAllLines(platform.logs().resolve("case-service.log")))
                .anySatisfy(line -> assertThat(line).startsWith("{")
                        .contains("\"correlationId\":\"" + correlationId + "\"").contains("accepted")));

        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.brokers(),
                ConsumerConfig.GROUP_ID_CONFIG, "correlation-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(CaseEventTopic.NAME));
            List<String> headers = new ArrayList<>();
            eventually(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header header = record.headers().lastHeader(CaseEventTopic.CORRELATION_ID_HEADER);
                    if (record.key().equals(caseId) && header != null) {
                        headers.add(new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
                assertThat(headers).containsExactly(correlationId);
            });
        }
    }

    @Test
    void everyReadOfACaseIsInTheAuditTrailForTheAdminOnly() throws Exception {
        String caseId = idOf(openCase("AUDITED-1", "2025-06-02", request("/api/cases")));
        String correlationId = "audit-" + UUID.randomUUID();
        assertThat(http.send(request("/api/cases/" + caseId).header("X-Correlation-Id", correlationId).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        String admin = platform.tokens().operator("admin");
        eventually(() -> {
            HttpResponse<String> trail = http.send(HttpRequest.newBuilder(
                            URI.create(platform.gatewayUrl() + "/api/audit?caseId=" + caseId))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(trail.statusCode()).isEqualTo(200);
            JsonNode read = json.readTree(trail.body()).path("items").path(0);
            assertThat(read.path("user").asString()).isEqualTo("team-manager@825");
            assertThat(read.path("endpoint").asString()).isEqualTo("/api/cases/{caseId}");
            assertThat(read.path("service").asString()).isEqualTo("case-service");
            assertThat(read.path("correlationId").asString()).isEqualTo(correlationId);
        });
        assertThat(get("/api/audit?caseId=" + caseId).statusCode()).isEqualTo(403);
    }

    @Test
    void theGatewayRefusesACallWithoutAToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(platform.gatewayUrl() + "/api/reports/summary?la=825")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** Opens a case of council 825 through the gateway; 201 is asserted. */
    private HttpResponse<String> openCase(String reference, String enteredCareOn, HttpRequest.Builder request)
            throws Exception {
        HttpResponse<String> created = http.send(request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01",
                         "enteredCareOn":"%s","legalStatus":"V2"}""".formatted(reference, enteredCareOn)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return created;
    }

    private String idOf(HttpResponse<String> created) {
        return json.readTree(created.body()).path("caseId").asString();
    }

    private JsonNode summary(String laCode) throws Exception {
        HttpResponse<String> response = get("/api/reports/summary?la=" + laCode);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10));
    }
}
