package uk.permanence.reporting.quarterly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.reporting.csv.CsvTable;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * The ASGLB-style counts of a calendar quarter ({@code from} to {@code to}), one line per council and a total.
 * Counts go by the legal date of each milestone in effect; the waiting figures are at the quarter's last day.
 */
record QuarterlyReturn(ReportedScope scope, Instant asOf, String quarter, LocalDate from, LocalDate to,
                       List<QuarterCounts> councils, QuarterCounts total) {

    /** A child waiting at the quarter's end: the placement order and the entry to care of that period of care. */
    record Waiter(String laCode, LocalDate orderOn, LocalDate enteredOn) {
    }

    private static final QuarterCounts.Waiting NONE_WAITING = new QuarterCounts.Waiting(0, 0, 0, 0, 0);

    /**
     * @param counts  per council, how many milestones of each wire type have their legal date in the quarter
     * @param waiters the children waiting with an order at the quarter's end
     */
    static QuarterlyReturn of(ReportedScope scope, Instant asOf, LocalDate from, Set<String> councils,
                              Map<String, Map<String, Long>> counts, List<Waiter> waiters) {
        LocalDate to = from.plusMonths(3).minusDays(1);
        Map<String, QuarterCounts.Waiting> waiting = waiters.stream().collect(Collectors.groupingBy(Waiter::laCode,
                Collectors.reducing(NONE_WAITING, waiter -> waiting(waiter, to), QuarterCounts.Waiting::plus)));
        List<QuarterCounts> lines = new ArrayList<>();
        for (String council : new TreeSet<>(councils)) {
            Map<String, Long> of = counts.getOrDefault(council, Map.of());
            lines.add(new QuarterCounts(council, count(of, AdoptionDecisionMade.class),
                    count(of, PlacementOrderGranted.class), count(of, PlacementConsentGiven.class),
                    count(of, ChildMatched.class),
                    count(of, ChildPlacedForAdoption.class), count(of, AdoptionOrderGranted.class),
                    count(of, SpecialGuardianshipOrderGranted.class), count(of, AdoptionPlanChanged.class),
                    count(of, EarlyPermanencePlacementStarted.class),
                    waiting.getOrDefault(council, NONE_WAITING)));
        }
        QuarterCounts total = lines.stream().reduce(new QuarterCounts("total", 0, 0, 0, 0, 0, 0, 0, 0, 0,
                NONE_WAITING), (sum, line) -> sum.plus("total", line));
        return new QuarterlyReturn(scope, asOf, from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR), from, to,
                lines, total);
    }

    /** The return as its CSV: a line per council, then the total. */
    CsvTable table() {
        List<List<String>> rows = new ArrayList<>();
        councils.forEach(line -> rows.add(line.csvCells()));
        rows.add(total.csvCells());
        return new CsvTable(QuarterCounts.CSV_HEADER, rows);
    }

    private static QuarterCounts.Waiting waiting(Waiter waiter, LocalDate end) {
        return new QuarterCounts.Waiting(1,
                ChronoUnit.DAYS.between(waiter.orderOn(), end) > 90 ? 1 : 0,
                waiter.enteredOn() != null && !waiter.enteredOn().isAfter(end.minusMonths(18)) ? 1 : 0,
                !waiter.orderOn().isAfter(end.minusMonths(12)) ? 1 : 0,
                !waiter.orderOn().isAfter(end.minusMonths(18)) ? 1 : 0);
    }

    private static long count(Map<String, Long> counts, Class<? extends CaseEvent> type) {
        return counts.getOrDefault(CaseEventTypes.wireNameOf(type), 0L);
    }
}
