package uk.permanence.reporting.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.scope.ReportedScope;

/** The quarterly return worked out from hand-made counts and waiting children, April to June 2026, no HTTP. */
class QuarterlyReturnCountingTest {

    private static final LocalDate FROM = LocalDate.parse("2026-04-01");
    private static final Instant AS_OF = Instant.parse("2026-07-01T09:00:00Z");

    private final QuarterlyReturn report = QuarterlyReturn.of(ReportedScope.of(null, "raa-1", Set.of("826", "825")),
            AS_OF, FROM, Set.of("826", "825"),
            Map.of("825", Map.of(wire(AdoptionDecisionMade.class), 2L, wire(PlacementOrderGranted.class), 1L,
                            wire(ChildMatched.class), 1L),
                    "826", Map.of(wire(AdoptionOrderGranted.class), 3L)),
            List.of(
                    // 486 days since the order, in care since before 2024-12-30, ordered before 2025-06-30
                    new QuarterlyReturn.Waiter("825", LocalDate.parse("2025-03-01"), LocalDate.parse("2024-06-01")),
                    // ordered 60 days before the quarter's end, entry not known
                    new QuarterlyReturn.Waiter("826", LocalDate.parse("2026-05-01"), null)));

    @Test
    void eachCouncilHasALineInCodeOrderAndTheTotalAddsThemUp() {
        assertThat(report.quarter()).isEqualTo("2026-Q2");
        assertThat(report.to()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(report.councils()).extracting(QuarterCounts::laCode).containsExactly("825", "826");
        assertThat(report.councils().get(0)).isEqualTo(new QuarterCounts("825", 2, 1, 0, 1, 0, 0, 0, 0, 0,
                new QuarterCounts.Waiting(1, 1, 1, 1, 0)));
        assertThat(report.councils().get(1)).isEqualTo(new QuarterCounts("826", 0, 0, 0, 0, 0, 3, 0, 0, 0,
                new QuarterCounts.Waiting(1, 0, 0, 0, 0)));
        assertThat(report.total()).isEqualTo(new QuarterCounts("total", 2, 1, 0, 1, 0, 3, 0, 0, 0,
                new QuarterCounts.Waiting(2, 1, 1, 1, 0)));
        assertThat(report.scope().councils()).containsExactly("825", "826");
    }

    @Test
    void theCsvHasAHeaderALinePerCouncilAndTheTotalLast() {
        List<List<String>> rows = report.table().rows();

        assertThat(report.table().columns()).startsWith("la_code", "adm_decisions").hasSize(15);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).containsExactly("total", "2", "1", "0", "1", "0", "3", "0", "0", "0", "2", "1", "1",
                "1", "0");
    }

    private static String wire(Class<? extends uk.permanence.events.CaseEvent> type) {
        return CaseEventTypes.wireNameOf(type);
    }
}
