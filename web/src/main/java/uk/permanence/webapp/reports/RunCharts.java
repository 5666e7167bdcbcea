package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** {@code GET /api/reports/run-charts}: monthly medians of A1, A2 and entry to plan, centre lines and signals. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunCharts(ReportScope scope, Instant asOf, YearMonth from, YearMonth to, List<Chart> charts) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Chart(String measure, String description, List<Point> points, Double centreLine,
                        List<Signal> signals) {
    }

    /** One month: the median days (null when no child's clock stopped then) and how many children. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(YearMonth month, Double median, int children, boolean smallNumber) {
    }

    /** A shift (above or below the centre line) or a trend (rising or falling) over months. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signal(String type, String direction, YearMonth from, YearMonth to) {

        public boolean covers(YearMonth month) {
            return !month.isBefore(from) && !month.isAfter(to);
        }
    }
}
