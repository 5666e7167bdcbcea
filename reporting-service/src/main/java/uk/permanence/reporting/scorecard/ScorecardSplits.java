package uk.permanence.reporting.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static Map<String, Object> splits(List<AdoptedChild> cohort, NationalThresholds.Threshold threshold,
                                    SmallNumbers small) {
        Map<String, Object> splits = new LinkedHashMap<>();
        splits.put("fiveOrOverAtEntry", of(cohort, AdoptedChild::fiveOrOverAtEntry, threshold, small));
        splits.put("siblingGroup", of(cohort, child -> child.characteristics().siblingGroup(), threshold, small));
        splits.put("disability", of(cohort, child -> child.characteristics().disability(), threshold, small));
        splits.put("earlyPermanence", of(cohort, child -> child.characteristics().earlyPermanence(), threshold, small));
        splits.put("byEthnicityGroup", cohort.stream()
                .collect(Collectors.groupingBy(child -> child.ethnicityGroup().name(), TreeMap::new,
                        Collectors.toList()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        group -> ScorecardCalculator.measures(group.getValue(), threshold, small), (a, b) -> a,
                        LinkedHashMap::new)));
        return splits;
    }

    private static Map<String, Measure> of(List<AdoptedChild> cohort, Predicate<AdoptedChild> inGroup,
                                           NationalThresholds.Threshold threshold, SmallNumbers small) {
        return ScorecardCalculator.measures(cohort.stream().filter(inGroup).toList(), threshold, small);
    }
}
