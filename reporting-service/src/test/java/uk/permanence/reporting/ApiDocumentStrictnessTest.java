package uk.permanence.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.permanence.testing.ApiDocumentConformance;

/**
 * How strictly {@link ApiDocumentConformance} holds an answer to the API document's schema: a field the document
 * does not describe, a wrong type or a missing required field, at the top or nested, is a problem.
 */
class ApiDocumentStrictnessTest {

    private static final String SUMMARY = """
            {"laCode":"825","childrenInCare":12,"asOf":"2026-03-31T12:00:00Z"}""";
    private static final String WAITING = """
            {"total":1,"over90DaysSinceOrder":1,"over18MonthsSinceEntry":0,"over12MonthsSinceOrder":0,\
            "over18MonthsSinceOrder":0%s}""";
    private static final String COUNTS = """
            {"laCode":"%s","admDecisions":1,"placementOrders":1,"placementConsents":0,"matches":0,"placements":0,\
            "adoptionOrders":0,"specialGuardianshipOrders":0,"decisionsReversed":0,"earlyPermanencePlacements":0,\
            "waitingWithOrder":%s}""";
    private static final String QUARTERLY = """
            {"scope":{"la":"825"},"asOf":"2026-03-31T12:00:00Z","quarter":"2025-Q3","from":"2025-07-01",\
            "to":"2025-09-30","councils":[%s],"total":%s}""";

    @Test
    void anAnswerAsTheDocumentDescribesItPasses() {
        assertThat(problem("/api/reports/summary", SUMMARY)).isEmpty();
        String counts = COUNTS.formatted("825", WAITING.formatted(""));
        assertThat(problem("/api/reports/quarterly-return", QUARTERLY.formatted(counts,
                COUNTS.formatted("total", WAITING.formatted(""))))).isEmpty();
    }

    @Test
    void aFieldTheDocumentDoesNotDescribeFails() {
        assertThat(problem("/api/reports/summary", SUMMARY.replace("}", ",\"childrenAdopted\":3}")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("childrenAdopted"));
    }

    @Test
    void aFieldTheDocumentDoesNotDescribeFailsDeepInTheAnswer() {
        String counts = COUNTS.formatted("825", WAITING.formatted(",\"over24MonthsSinceOrder\":0"));
        assertThat(problem("/api/reports/quarterly-return", QUARTERLY.formatted(counts,
                COUNTS.formatted("total", WAITING.formatted("")))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("over24MonthsSinceOrder"));
    }

    @Test
    void aWrongTypeFails() {
        assertThat(problem("/api/reports/summary",
                SUMMARY.replace("\"childrenInCare\":12", "\"childrenInCare\":\"12\"")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("childrenInCare"));
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertThat(problem("/api/reports/summary", SUMMARY.replace("\"childrenInCare\":12,", "")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("childrenInCare"));
    }

    private static Optional<String> problem(String path, String body) {
        return ApiDocumentConformance.problemWith("GET", path, 200, "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }
}
