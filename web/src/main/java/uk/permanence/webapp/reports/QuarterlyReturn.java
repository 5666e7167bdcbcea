package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** {@code GET /api/reports/quarterly-return}: the ASGLB-style counts of a quarter, a line per council and a total. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuarterlyReturn(ReportScope scope, Instant asOf, String quarter, LocalDate from, LocalDate to,
                              List<Line> councils, Line total) {

    /** One count across the columns: each council's, then the total's when there are several councils. */
    public record Row(String label, List<Long> values) {
    }

    private static final List<Count> COUNTS = List.of(
            new Count("ADM decisions", Line::admDecisions),
            new Count("Placement orders", Line::placementOrders),
            new Count("Consents to placement (instead of an order)", Line::placementConsents),
            new Count("Matches", Line::matches),
            new Count("Placements for adoption", Line::placements),
            new Count("Adoption orders", Line::adoptionOrders),
            new Count("Special guardianship orders", Line::specialGuardianshipOrders),
            new Count("Decisions reversed", Line::decisionsReversed),
            new Count("Early permanence placements", Line::earlyPermanencePlacements),
            new Count("Waiting with an order and not matched", line -> line.waitingWithOrder().total()),
            new Count("of whom more than 90 days since the order",
                    line -> line.waitingWithOrder().over90DaysSinceOrder()),
            new Count("of whom 18 months or more since entering care",
                    line -> line.waitingWithOrder().over18MonthsSinceEntry()),
            new Count("of whom 12 months or more since the order",
                    line -> line.waitingWithOrder().over12MonthsSinceOrder()),
            new Count("of whom 18 months or more since the order",
                    line -> line.waitingWithOrder().over18MonthsSinceOrder()));

    private record Count(String label, ToLongFunction<Line> of) {
    }

    /** The lines shown as columns: each council's, and the total's when there is more than one council. */
    public List<Line> columns() {
        List<Line> columns = new ArrayList<>(councils);
        if (councils.size() > 1) {
            columns.add(total);
        }
        return columns;
    }

    /** The counts as rows, one value per column, so that many councils still fit the page's width. */
    public List<Row> rows() {
        return COUNTS.stream().map(count -> new Row(count.label(),
                columns().stream().map(line -> count.of().applyAsLong(line)).toList())).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String laCode, long admDecisions, long placementOrders, long placementConsents, long matches,
                       long placements, long adoptionOrders, long specialGuardianshipOrders, long decisionsReversed,
                       long earlyPermanencePlacements, Waiting waitingWithOrder) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Waiting(long total, long over90DaysSinceOrder, long over18MonthsSinceEntry,
                          long over12MonthsSinceOrder, long over18MonthsSinceOrder) {
    }
}
