package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/reports/proceedings}: care proceedings concluded in a period, within 26 weeks or later and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Proceedings(ReportScope scope, Instant asOf, LocalDate from, LocalDate to, List<Council> councils,
                          Council total) {

    /** One council's figures, or the total's ({@code laCode} null). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Council(String laCode, Figure concluded, Figure within26Weeks, Integer percentWithin26Weeks,
                          Figure later, List<Reason> laterReasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(int proceedings, int children) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String reason, int proceedings, int children) {
    }
}
