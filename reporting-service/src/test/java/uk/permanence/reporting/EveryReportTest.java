package uk.permanence.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.testing.ApiDocumentConformance;
import uk.permanence.testing.SignedMockMvc;
import uk.permanence.testing.TestTokens;

/**
 * Every report the service serves (found from its own request mappings) answers JSON that the API document's
 * schema for it accepts, for a council and for an RAA (checked by {@link ApiDocumentConformance} on every MockMvc
 * answer, which refuses a field the document lacks, a required field missing or a wrong type), and also comes as
 * CSV.
 */
class EveryReportTest extends ReportingServiceTest {

    private static final String LA = "302";
    private static final String JSON_LA = "303";
    private static final String RAA = "adopt-thames-valley";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyReportAnswersJsonTheApiDocumentDescribesForACouncilAndForAnRaa() throws Exception {
        decided(JSON_LA);
        publish(new PlacementOrderGranted(JSON_LA + "-1", JSON_LA, LocalDate.parse("2025-07-01"),
                Instant.parse("2025-07-02T10:00:00Z"), "t", null), 2);
        List<String> reports = reports();

        eventually(() -> assertThat(json("/api/reports/summary", "la", JSON_LA).getContentAsString())
                .contains("\"childrenInCare\":1"));
        for (String report : reports) {
            for (List<String> scope : List.of(List.of("la", JSON_LA), List.of("raa", RAA))) {
                if (report.endsWith("/summary") && scope.get(0).equals("raa")) {
                    continue;
                }
                MockHttpServletResponse response = json(report, scope.get(0), scope.get(1));
                assertThat(response.getStatus()).as(report + " " + scope).isEqualTo(200);
                assertThat(response.getContentType()).as(report).startsWith("application/json");
            }
        }
    }

    @Test
    void everyReportAnswersTextCsvWithAHeaderAndTheSameAsOf() throws Exception {
        decided(LA);
        List<String> reports = reports();
        assertThat(reports).contains("/api/reports/scorecard", "/api/reports/quarterly-return",
                "/api/reports/cohorts", "/api/reports/data-quality", "/api/reports/cost-of-delay",
                "/api/reports/run-charts", "/api/reports/summary");

        eventually(() -> assertThat(csv("/api/reports/summary").getContentAsString()).contains(",1,"));
        for (String report : reports) {
            MockHttpServletResponse response = csv(report);
            assertThat(response.getStatus()).as(report).isEqualTo(200);
            assertThat(response.getContentType()).as(report).startsWith("text/csv");
            String[] lines = response.getContentAsString().split("\r?\n");
            assertThat(lines.length).as(report).isGreaterThanOrEqualTo(2);
            if (!report.endsWith("quarterly-return")) {
                assertThat(lines[0]).as(report).contains("asOf");
                assertThat(lines[1]).as(report).contains("2026-03-31T12:00:00Z");
            }
        }
    }

    /** A child of {@code la} in care since January 2025, with an ADM decision in May. */
    private void decided(String la) throws Exception {
        String caseId = la + "-1";
        publish(new ChildEnteredCare(caseId, la, caseId, LocalDate.parse("2020-01-01"),
                LocalDate.parse("2025-01-10"), LegalStatus.C2, Instant.parse("2025-01-12T10:00:00Z"), "t", null), 0);
        publish(new AdoptionDecisionMade(caseId, la, LocalDate.parse("2025-05-01"),
                Instant.parse("2025-05-02T10:00:00Z"), "t", null), 1);
    }

    private List<String> reports() {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/reports/"))
                .distinct().sorted().toList();
    }

    private MockHttpServletResponse json(String report, String scope, String value) throws Exception {
        boolean months = report.endsWith("/run-charts");
        return mvc.perform(get(report).param(scope, value).param("from", months ? "2025-01" : "2025-04-01")
                        .param("to", months ? "2026-03" : "2026-03-31").param("quarter", "2025-Q3")
                        .accept("application/json")
                        .header("Authorization", "Bearer " + (scope.equals("la")
                                ? TestTokens.token(JSON_LA, "team-manager") : SignedMockMvc.MANAGER_TOKEN)))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse csv(String report) throws Exception {
        return mvc.perform(get(report).param("la", LA).param("asOf", "2026-03-31T12:00:00Z")
                        .accept("text/csv")
                        .header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager")))
                .andReturn().getResponse();
    }
}
