package uk.permanence.reporting.scorecard;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.reporting.statistics.SmallNumbers;

/**
 * The scorecard again for the children who tend to wait longest (aged five or more on entering care, in a sibling
 * group, disabled), by broad ethnicity group, and for the children who came through early permanence.
 */
final class ScorecardSplits {

    private ScorecardSplits() {
    }

    static Scorecard.Splits splits(List<AdoptedChild> cohort, NationalThresholds.Threshold threshold,
                                   SmallNumbers small) {
        return new Scorecard.Splits(of(cohort, AdoptedChild::fiveOrOverAtEntry, threshold, small),
                of(cohort, child -> child.characteristics().siblingGroup(), threshold, small),
                of(cohort, child -> child.characteristics().disability(), threshold, small),
                of(cohort, child -> child.characteristics().earlyPermanence(), threshold, small),
                cohort.stream().collect(Collectors.groupingBy(child -> child.ethnicityGroup().name(), TreeMap::new,
                        Collectors.collectingAndThen(Collectors.toList(),
                                group -> ScorecardCalculator.measures(group, threshold, small)))));
    }

    private static Measures of(List<AdoptedChild> cohort, Predicate<AdoptedChild> inGroup,
                               NationalThresholds.Threshold threshold, SmallNumbers small) {
        return ScorecardCalculator.measures(cohort.stream().filter(inGroup).toList(), threshold, small);
    }
}
