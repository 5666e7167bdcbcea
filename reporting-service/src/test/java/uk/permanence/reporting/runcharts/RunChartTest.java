package uk.permanence.reporting.runcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-chart centre lines and signals, on hand-made monthly series starting in January 2025. */
class RunChartTest {

    @Test
    void sixPointsInARowAboveTheCentreLineAreAShiftAndPointsOnTheLineDoNotBreakIt() {
        // 13 points: the centre line is the 7th smallest, 30. From July: 31, then 30 (on the line, skipped), then
        // 32 to 36: six points above it in a row, July 2025 to January 2026. The five below (January to May) are not.
        RunChart chart = RunChart.of("a1", "A1", series(10.0, 12.0, 15.0, 18.0, 20.0, 30.0, 31.0, 30.0, 32.0, 33.0,
                34.0, 35.0, 36.0));

        assertThat(chart.centreLine()).isEqualTo(30.0);
        assertThat(chart.signals()).filteredOn(signal -> signal.type().equals("shift")).containsExactly(new RunChart.Signal("shift", "above", YearMonth.of(2025, 7),
                YearMonth.of(2026, 1)));
    }

    @Test
    void fivePointsInARowEachRisingAreATrendAndRepeatsNeitherCountNorBreakIt() {
        RunChart chart = RunChart.of("a2", "A2", series(50.0, 40.0, 41.0, 41.0, 45.0, 47.0, 60.0, 20.0));

        // 40 -> 41 (41 repeated) -> 45 -> 47 -> 60: five points rising, Feb to Jul
        assertThat(chart.signals()).containsExactly(new RunChart.Signal("trend", "rising", YearMonth.of(2025, 2),
                YearMonth.of(2025, 7)));
    }

    @Test
    void monthsWithoutChildrenAreLeftOutOfTheLineAndTheSignals() {
        List<RunChart.Point> points = new ArrayList<>(series(10.0, 11.0, 12.0, 13.0));
        points.add(new RunChart.Point(YearMonth.of(2025, 5), null, 0, true));
        points.add(new RunChart.Point(YearMonth.of(2025, 6), 14.0, 1, true));
        RunChart chart = RunChart.of("a1", "A1", points);

        assertThat(chart.centreLine()).isEqualTo(12.0);
        assertThat(chart.signals()).containsExactly(new RunChart.Signal("trend", "rising", YearMonth.of(2025, 1),
                YearMonth.of(2025, 6)));
        String svg = RunChartSvg.render(chart, "825");
        assertThat(svg).startsWith("<svg").contains("median 12.0").contains("trend (rising) 2025-01 to 2025-06");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 5);
    }

    private static List<RunChart.Point> series(Double... medians) {
        List<RunChart.Point> points = new ArrayList<>();
        for (int i = 0; i < medians.length; i++) {
            points.add(new RunChart.Point(YearMonth.of(2025, 1).plusMonths(i), medians[i], 1, true));
        }
        return points;
    }
}
