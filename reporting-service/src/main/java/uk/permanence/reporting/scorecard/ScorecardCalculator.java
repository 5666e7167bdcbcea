package uk.permanence.reporting.scorecard;

import static java.time.temporal.ChronoUnit.DAYS;

import java.util.List;
import java.util.Map;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.reporting.statistics.Averages;

/**
 * The DfE adoption scorecard measures, computed as the DfE defines them over the children adopted in a period:
 * A1 (entering care to placement), A10 (A1 stopping when the foster placement began if the foster carers adopted),
 * A2 (placement order to match, leaving out children with no order, a match before the order counting 0) and
 * A3 (the share placed within 14 months of entering care).
 */
public final class ScorecardCalculator {

    private static final int A3_MONTHS = 14;

    private ScorecardCalculator() {
    }

    public static Map<String, Measure> measures(List<AdoptedChild> cohort, NationalThresholds.Threshold threshold) {
        List<Long> a1 = cohort.stream().map(child -> DAYS.between(child.enteredCareOn(), child.placedOn())).toList();
        List<Long> a10 = cohort.stream().map(child -> DAYS.between(child.enteredCareOn(), child.a10StopOn()))
                .toList();
        List<Long> a2 = cohort.stream().filter(child -> child.placementOrderOn() != null)
                .map(child -> Math.max(0, DAYS.between(child.placementOrderOn(), child.matchedOn()))).toList();
        long withinFourteenMonths = cohort.stream()
                .filter(child -> child.placedOn().isBefore(child.enteredCareOn().plusMonths(A3_MONTHS))).count();
        return Map.of(
                "a1", days(a1, threshold.entryToPlacementDays()),
                "a10", days(a10, threshold.entryToPlacementDays()),
                "a2", days(a2, threshold.orderToMatchDays()),
                "a3", new Measure(null, null, cohort.isEmpty() ? null : Averages.roundHalfUp(withinFourteenMonths * 100,
                        cohort.size()), cohort.size(), null, null));
    }

    private static Measure days(List<Long> values, int threshold) {
        if (values.isEmpty()) {
            return new Measure(null, null, null, 0, threshold, null);
        }
        long mean = Averages.mean(values);
        return new Measure(mean, Averages.median(values), null, values.size(), threshold, mean <= threshold);
    }
}
