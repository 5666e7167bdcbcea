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
 * schema for it accepts, for a council and for an RAA: checked by {@link ApiDocumentConformance} on every MockMvc
 * answer, which refuses a field the document lacks, a field it requires missing, or a wrong type.
 */
class EveryReportAsTheApiDocumentSaysTest extends ReportingServiceTest {

    private static final String LA = "303";
    private static final String RAA = "adopt-thames-valley";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyReportAnswersJsonTheApiDocumentDescribesForACouncilAndForAnRaa() throws Exception {
        publish(new ChildEnteredCare("DOC-1", LA, "DOC-1", LocalDate.parse("2020-01-01"),
                LocalDate.parse("2025-01-10"), LegalStatus.C2, Instant.parse("2025-01-12T10:00:00Z"), "t", null), 0);
        publish(new AdoptionDecisionMade("DOC-1", LA, LocalDate.parse("2025-05-01"),
                Instant.parse("2025-05-02T10:00:00Z"), "t", null), 1);
        publish(new PlacementOrderGranted("DOC-1", LA, LocalDate.parse("2025-07-01"),
                Instant.parse("2025-07-02T10:00:00Z"), "t", null), 2);
        List<String> reports = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/reports/"))
                .distinct().sorted().toList();
        assertThat(reports).hasSizeGreaterThanOrEqualTo(8);

        eventually(() -> assertThat(json("/api/reports/summary", "la", LA).getContentAsString())
                .contains("\"childrenInCare\":1"));
        for (String report : reports) {
            for (List<String> scope : List.of(List.of("la", LA), List.of("raa", RAA))) {
                if (report.endsWith("/summary") && scope.get(0).equals("raa")) {
                    continue;
                }
                MockHttpServletResponse response = json(report, scope.get(0), scope.get(1));
                assertThat(response.getStatus()).as(report + " " + scope).isEqualTo(200);
                assertThat(response.getContentType()).as(report).startsWith("application/json");
            }
        }
    }

    private MockHttpServletResponse json(String report, String scope, String value) throws Exception {
        return mvc.perform(get(report).param(scope, value).param("from", report.endsWith("/run-charts")
                                ? "2025-01" : "2025-04-01")
                        .param("to", report.endsWith("/run-charts") ? "2026-03" : "2026-03-31")
                        .param("quarter", "2025-Q3").accept("application/json")
                        .header("Authorization", "Bearer " + (scope.equals("la") ? TestTokens.token(LA, "team-manager")
                                : SignedMockMvc.MANAGER_TOKEN)))
                .andReturn().getResponse();
    }
}
