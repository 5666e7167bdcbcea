package uk.permanence.reporting.runcharts;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.reporting.statistics.Averages;
import uk.permanence.reporting.statistics.SmallNumbers;

/**
 * Monthly run charts over {@code from} to {@code to}: A1 (entry to placement, by month placed), A2 (order to match,
 * by month matched; a match before the order counts 0; a placement recorded without a match stands for it, as in
 * the scorecard) and entry to plan (entry to the ADM decision, by month decided).
 */
record RunCharts(ReportedScope scope, Instant asOf, YearMonth from, YearMonth to, List<RunChart> charts) {

    static final List<String> MEASURES = List.of("a1", "a2", "entry-to-plan");

    /** The first date of each milestone a run chart measures, for one child. */
    record Journey(LocalDate entered, LocalDate decided, LocalDate ordered, LocalDate matched, LocalDate placed) {
    }

    static RunCharts of(ReportedScope scope, Instant asOf, List<Journey> journeys, List<YearMonth> months,
                        SmallNumbers small) {
        return new RunCharts(scope, asOf, months.get(0), months.get(months.size() - 1),
                MEASURES.stream().map(measure -> chart(measure, journeys, months, small)).toList());
    }

    static RunChart chart(String measure, List<Journey> journeys, List<YearMonth> months, SmallNumbers small) {
        return switch (measure) {
            case "a1" -> monthly("a1", "A1: entering care to placement for adoption", journeys, months, small,
                    Journey::placed, journey -> journey.entered() == null ? null
                            : DAYS.between(journey.entered(), journey.placed()));
            case "a2" -> monthly("a2", "A2: placement order to match", journeys, months, small, Journey::matched,
                    journey -> journey.ordered() == null ? null
                            : Math.max(0, DAYS.between(journey.ordered(), journey.matched())));
            default -> monthly("entry-to-plan", "Entering care to the adoption decision", journeys, months, small,
                    Journey::decided, journey -> journey.entered() == null ? null
                            : DAYS.between(journey.entered(), journey.decided()));
        };
    }

    private static RunChart monthly(String measure, String description, List<Journey> journeys,
                                    List<YearMonth> months, SmallNumbers small, Function<Journey, LocalDate> stopsOn,
                                    Function<Journey, Long> days) {
        List<RunChart.Point> points = new ArrayList<>();
        for (YearMonth month : months) {
            List<Long> values = journeys.stream()
                    .filter(journey -> stopsOn.apply(journey) != null
                            && YearMonth.from(stopsOn.apply(journey)).equals(month))
                    .map(days).filter(Objects::nonNull).toList();
            points.add(new RunChart.Point(month, Averages.median(values), values.size(),
                    small.isSmall(values.size())));
        }
        return RunChart.of(measure, description, points);
    }
}
