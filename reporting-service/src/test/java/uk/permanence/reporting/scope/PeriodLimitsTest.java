package uk.permanence.reporting.scope;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.permanence.reporting.ReportingServiceTest;

/** No report is computed over an unbounded period: a date, period or asOf out of bounds is a 400 naming it. */
class PeriodLimitsTest extends ReportingServiceTest {

    @ParameterizedTest(name = "{0}?{1} refused on {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/reports/scorecard      | from=0001-01-01&to=9999-12-31              | from",
            "/api/reports/scorecard      | to=9999-12-31                              | to",
            "/api/reports/scorecard      | from=1989-12-31&to=1995-01-01              | from",
            "/api/reports/cohorts        | from=2000-01-01&to=2025-12-31              | from",
            "/api/reports/cohorts        | from=2025-01-01&to=2024-01-01              | from",
            "/api/reports/data-quality   | from=2024-01-01&to=9999-12-31              | to",
            "/api/reports/cost-of-delay  | baselineFrom=0001-01-01&baselineTo=2020-03-31 | baselineFrom",
            "/api/reports/cost-of-delay  | from=2025-04-01&to=3000-03-31              | to",
            "/api/reports/run-charts     | from=0001-01&to=2025-01                    | from",
            "/api/reports/run-charts     | to=9999-12                                 | to",
            "/api/reports/proceedings    | from=0001-01-01&to=2025-03-31              | from",
            "/api/reports/proceedings    | to=9999-12-31                              | to",
            "/api/reports/quarterly-return | quarter=9999-Q1                          | quarter",
            "/api/reports/quarterly-return | quarter=0001-Q1                          | quarter",
            "/api/reports/summary        | asOf=9999-12-31                            | asOf",
            "/api/reports/summary        | asOf=2999-01-01T00:00:00Z                  | asOf",
            "/api/reports/scorecard      | asOf=0001-01-01                            | asOf"})
    void anUnboundedPeriodIsAProblemNamingTheField(String report, String query, String field) throws Exception {
        mvc.perform(get(report + "?la=825&" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void bothEndsOfAPeriodOutOfBoundsAreNamed() throws Exception {
        mvc.perform(get("/api/reports/scorecard?la=825&from=0001-01-01&to=9999-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[1].field").value("to"));
    }

    @Test
    void tenYearsAndDatesUpToAYearAheadAreServed() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        mvc.perform(get("/api/reports/scorecard?la=825&from=" + today.minusYears(10) + "&to=" + today))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reports/data-quality?la=825&from=1990-01-01&to=1999-12-31"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reports/cohorts?la=825&from=" + today + "&to=" + today.plusYears(1)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reports/summary?la=825&asOf=" + Instant.now().plus(23, ChronoUnit.HOURS)))
                .andExpect(status().isOk());
    }
}
