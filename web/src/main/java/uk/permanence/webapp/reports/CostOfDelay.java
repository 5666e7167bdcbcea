package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** {@code GET /api/reports/cost-of-delay}: days in care saved (or lost) against a baseline period, and their cost. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostOfDelay(ReportScope scope, Instant asOf, Period baseline, Period period, WeeklyCost weeklyCost,
                          DaysSaved daysSaved, BigDecimal costSaved, String currency) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(LocalDate from, LocalDate to, int children, Long meanDaysInFosterCare,
                         Long meanDaysInAdoptivePlacement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WeeklyCost(BigDecimal fosterCare, BigDecimal adoptivePlacement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DaysSaved(long fosterCare, long adoptivePlacement, long total) {
    }
}
