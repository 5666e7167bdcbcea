package uk.permanence.reporting.scorecard;

import static java.time.temporal.ChronoUnit.DAYS;

import java.util.List;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.reporting.statistics.Averages;
import uk.permanence.reporting.statistics.SmallNumbers;

/**
 * The DfE adoption scorecard measures, computed as the DfE defines them over the children adopted in a period:
 * A1 (entering care to placement), A10 (A1 stopping when the foster placement began if the foster carers adopted),
 * A2 (placement order to match, leaving out children with no order, a match before the order counting 0) and
 * A3 (the share placed within the period's window of entering care: 14 months from 2013-16, dated in
 * thresholds.yml). See docs/measures.md.
 */
public final class ScorecardCalculator {

    private ScorecardCalculator() {
    }

    public static Measures measures(List<AdoptedChild> cohort, NationalThresholds.Threshold threshold,
                                                SmallNumbers small) {
        List<Long> a1 = cohort.stream().map(child -> DAYS.between(child.enteredCareOn(), child.placedOn())).toList();
        List<Long> a10 = cohort.stream().map(child -> DAYS.between(child.enteredCareOn(), child.a10StopOn()))
                .toList();
        List<Long> a2 = cohort.stream().filter(child -> child.placementOrderOn() != null)
                .map(child -> Math.max(0, DAYS.between(child.placementOrderOn(), child.a2StopOn()))).toList();
        long withinWindow = cohort.stream().filter(child -> child.placedOn()
                .isBefore(child.enteredCareOn().plusMonths(threshold.placedWithinMonths()))).count();
        return new Measures(
                days(a1, threshold.entryToPlacementDays(), small),
                days(a10, threshold.entryToPlacementDays(), small),
                days(a2, threshold.orderToMatchDays(), small),
                new Measure(null, null, cohort.isEmpty() ? null : Averages.roundHalfUp(withinWindow * 100,
                        cohort.size()), cohort.size(), null, null,
                        small.isSmall(cohort.size())));
    }

    private static Measure days(List<Long> values, int threshold, SmallNumbers small) {
        if (values.isEmpty()) {
            return new Measure(null, null, null, 0, threshold, null, small.isSmall(0));
        }
        long mean = Averages.mean(values);
        return new Measure(mean, Averages.median(values), null, values.size(), threshold, mean <= threshold,
                small.isSmall(values.size()));
    }
}
