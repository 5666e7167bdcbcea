package uk.permanence.reporting.runcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.reporting.statistics.SmallNumbers;

/** The three monthly series worked out by hand from five children's dates, January to March 2025, no HTTP. */
class RunChartsTest {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2),
            YearMonth.of(2025, 3));

    private final RunCharts charts = RunCharts.of(ReportedScope.of("825", null, null),
            Instant.parse("2025-04-01T00:00:00Z"), List.of(
                    // placed in January after 380 and 233 days in care
                    journey("2024-01-01", null, null, null, "2025-01-15"),
                    journey("2024-06-01", null, null, null, "2025-01-20"),
                    // matched before the order: A2 counts 0, in February
                    journey(null, null, "2025-02-10", "2025-02-01", null),
                    // placed in March with no entry on record: not on the A1 chart
                    journey(null, null, null, null, "2025-03-05"),
                    // decided in March, 59 days after entering care
                    journey("2025-01-10", "2025-03-10", null, null, null)),
            MONTHS, new SmallNumbers(2));

    @Test
    void eachMeasureIsAMonthlyMedianOverTheChildrenWhoseClockStoppedThatMonth() {
        assertThat(charts.from()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(charts.to()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(charts.charts()).extracting(RunChart::measure).containsExactly("a1", "a2", "entry-to-plan");
        assertThat(charts.charts().get(0).points()).containsExactly(
                new RunChart.Point(YearMonth.of(2025, 1), 306.5, 2, false),
                new RunChart.Point(YearMonth.of(2025, 2), null, 0, true),
                new RunChart.Point(YearMonth.of(2025, 3), null, 0, true));
        assertThat(charts.charts().get(1).points().get(1)).isEqualTo(
                new RunChart.Point(YearMonth.of(2025, 2), 0.0, 1, true));
        assertThat(charts.charts().get(2).points().get(2)).isEqualTo(
                new RunChart.Point(YearMonth.of(2025, 3), 59.0, 1, true));
        assertThat(charts.charts().get(2).centreLine()).isEqualTo(59.0);
    }

    @Test
    void oneChartAloneIsTheSameAsInTheReport() {
        assertThat(RunCharts.chart("a2", List.of(journey(null, null, "2025-02-10", "2025-02-01", null)), MONTHS,
                new SmallNumbers(2)).points().get(1).median()).isEqualTo(0.0);
    }

    private static RunCharts.Journey journey(String entered, String decided, String ordered, String matched,
                                             String placed) {
        return new RunCharts.Journey(date(entered), date(decided), date(ordered), date(matched), date(placed));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
