package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's SSDA903 files uploaded through the gateway: the import is polled to DONE, and the child's case and
 * its timeliness (tracking, fed through Kafka) answer as for a child recorded through the API.
 */
class Ssda903ImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    @Test
    void anUploadIsPolledToDoneAndTheChildsCaseAndTimelinessAnswer() throws Exception {
        String manager = platform.tokens().token("825", "team-manager");
        String child = "E2E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("header_2025-26.csv", "CHILD,SEX,DOB,ETHNIC\n" + child + ",1,01/05/2024,WBRI\n");
        files.put("episodes_2025-26.csv", "CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n" + child + ",10/01/2025,S,C2,U4,,\n");
        files.put("reviews_2025-26.csv", "CHILD,REVIEW,REVIEW_CODE\n" + child + ",30/01/2025,PN1\n");
        files.put("placed_2025-26.csv", "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n" + child
                + ",01/06/2025,,\n");

        HttpResponse<String> accepted = Ssda903Upload.post(http, platform.gatewayUrl(), "825", manager, files);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        eventually(Duration.ofSeconds(60), () -> {
            JsonNode status = JSON.readTree(get(location, manager).body());
            assertThat(status.path("status").asString()).isEqualTo("DONE");
            assertThat(status.path("childrenImported").asInt()).isEqualTo(1);
            assertThat(status.path("eventsAppended").asInt()).isEqualTo(3);
        });
        // a case's id is derived from its council and case reference (case-service's CaseIds)
        String caseId = UUID.nameUUIDFromBytes(("825/" + child).getBytes(StandardCharsets.UTF_8)).toString();
        JsonNode caseFile = JSON.readTree(get("/api/cases/" + caseId, manager).body());
        assertThat(caseFile.path("caseReference").asString()).isEqualTo(child);
        assertThat(caseFile.path("enteredCareOn").asString()).isEqualTo("2025-01-10");
        assertThat(caseFile.path("adoptionDecisionOn").asString()).isEqualTo("2025-06-01");
        long daysInCare = ChronoUnit.DAYS.between(LocalDate.of(2025, 1, 10), LocalDate.now(ZoneOffset.UTC));
        eventually(Duration.ofSeconds(30), () -> {
            HttpResponse<String> timeliness = get("/api/cases/" + caseId + "/timeliness", manager);
            assertThat(timeliness.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(timeliness.body()).path("daysInCare").asLong()).isEqualTo(daysInCare);
        });

        String otherCouncil = platform.tokens().token("931", "team-manager");
        assertThat(get(location, otherCouncil).statusCode()).isEqualTo(404);
        assertThat(get(location + "/report", otherCouncil).statusCode()).isEqualTo(404);
        assertThat(Ssda903Upload.post(http, platform.gatewayUrl(), "825",
                platform.tokens().token("825", "social-worker"), files).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
