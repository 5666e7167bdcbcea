package uk.permanence.reporting.costofdelay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * The cost of delay worked out by hand, no HTTP: a baseline child 100 days in foster care and 100 placed, then two
 * children 60 and 60; at £650 and £75 a week.
 */
class CostOfDelayCalculationTest {

    private static final WeeklyCareCosts COSTS = new WeeklyCareCosts(new BigDecimal("650"), new BigDecimal("75"));
    private static final ReportedScope SCOPE = ReportedScope.of("826", null, null);
    private static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");

    private final CostOfDelay.Period baseline = CostOfDelay.Period.of(LocalDate.parse("2024-04-01"),
            LocalDate.parse("2025-03-31"), List.of(adopted("2024-01-01", "2024-04-10", "2024-07-19")));

    @Test
    void daysSavedAreTheFallInEachMeanTimesThePeriodsChildrenAndCostTheirShareOfAWeek() {
        CostOfDelay.Period period = CostOfDelay.Period.of(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"),
                List.of(adopted("2025-01-01", "2025-03-02", "2025-05-01"),
                        adopted("2025-01-01", "2025-03-02", "2025-05-01")));

        CostOfDelay report = CostOfDelay.of(SCOPE, AS_OF, baseline, period, COSTS);

        assertThat(baseline).isEqualTo(new CostOfDelay.Period(LocalDate.parse("2024-04-01"),
                LocalDate.parse("2025-03-31"), 1, 100L, 100L));
        assertThat(report.daysSaved()).isEqualTo(new CostOfDelay.DaysSaved(80, 80, 160));
        // 80 x 650 / 7 + 80 x 75 / 7 = 58,000 / 7 = 8,285.71
        assertThat(report.costSaved()).isEqualByComparingTo("8286");
        assertThat(report.currency()).isEqualTo("GBP");
    }

    @Test
    void moreDaysThanTheBaselineAreACostAndAPeriodWithoutChildrenSavesNothing() {
        CostOfDelay.Period slower = CostOfDelay.Period.of(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"),
                List.of(adopted("2025-01-01", "2025-05-11", "2025-09-18")));
        CostOfDelay.Period empty = CostOfDelay.Period.of(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"),
                List.of());

        // 30 more days of each: -(30 x 650 + 30 x 75) / 7 = -3,107.14
        assertThat(CostOfDelay.of(SCOPE, AS_OF, baseline, slower, COSTS).costSaved()).isEqualByComparingTo("-3107");
        assertThat(empty.meanDaysInFosterCare()).isNull();
        assertThat(CostOfDelay.of(SCOPE, AS_OF, baseline, empty, COSTS).daysSaved())
                .isEqualTo(new CostOfDelay.DaysSaved(0, 0, 0));
    }

    private static CostOfDelay.Adopted adopted(String entered, String placed, String adopted) {
        return new CostOfDelay.Adopted(LocalDate.parse(entered), LocalDate.parse(placed), LocalDate.parse(adopted));
    }
}
