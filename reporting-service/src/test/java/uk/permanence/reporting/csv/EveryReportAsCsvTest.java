package uk.permanence.reporting.csv;

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
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/** Every report the service serves (found from its own request mappings) also comes as CSV. */
class EveryReportAsCsvTest extends ReportingServiceTest {

    private static final String LA = "302";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyReportAnswersTextCsvWithAHeaderAndTheSameAsOf() throws Exception {
        publish(new ChildEnteredCare("CSV-1", LA, "CSV-1", LocalDate.parse("2020-01-01"),
                LocalDate.parse("2025-01-10"), LegalStatus.C2, Instant.parse("2025-01-12T10:00:00Z"), "t", null), 0);
        publish(new AdoptionDecisionMade("CSV-1", LA, LocalDate.parse("2025-05-01"),
                Instant.parse("2025-05-02T10:00:00Z"), "t", null), 1);
        List<String> reports = mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(path -> path.startsWith("/api/reports/"))
                .distinct().sorted().toList();
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

    private MockHttpServletResponse csv(String report) throws Exception {
        return mvc.perform(get(report).param("la", LA).param("asOf", "2026-03-31T12:00:00Z")
                        .accept("text/csv")
                        .header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager")))
                .andReturn().getResponse();
    }
}
