package uk.permanence.tracking.deadlines;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable part of the rules table: stricter local targets a council may set over the national thresholds,
 * and how many days before a due date an alert says "due soon".
 */
@ConfigurationProperties("tracking")
public record TrackingRules(
        int dueSoonDays,
        Map<DeadlineRule, Integer> dueSoonDaysByRule,
        Map<String, LocalTarget> localTargets) {

    /** A council's own, stricter targets; a null field leaves the national threshold. */
    public record LocalTarget(Integer entryToPlacementDays, Integer orderToMatchDays) {
    }

    public TrackingRules {
        dueSoonDaysByRule = dueSoonDaysByRule == null ? Map.of() : dueSoonDaysByRule;
        localTargets = localTargets == null ? Map.of() : localTargets;
    }

    public int dueSoonDays(DeadlineRule rule) {
        return dueSoonDaysByRule.getOrDefault(rule, dueSoonDays);
    }

    /** A council's local target, or one that leaves every national threshold as it is. */
    public LocalTarget localTarget(String laCode) {
        return localTargets.getOrDefault(laCode, new LocalTarget(null, null));
    }
}
