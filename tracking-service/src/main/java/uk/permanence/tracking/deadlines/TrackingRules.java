package uk.permanence.tracking.deadlines;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configurable part of the rules table: how long before its due date each rule warns (a lead time for each kind
 * of rule, which a rule may override), the practice standards' timescales, and stricter local targets a council may
 * set over the national thresholds.
 */
public record TrackingRules(
        Map<DeadlineKind, Integer> warningLeadDaysByKind,
        Map<DeadlineRule, Integer> warningLeadDaysByRule,
        PracticeStandards practiceStandards,
        Map<String, LocalTarget> localTargets) {

    /** A council's own, stricter targets; a null field leaves the national threshold. */
    public record LocalTarget(Integer entryToPlacementDays, Integer orderToMatchDays) {
    }

    /** The practice standards' timescales, between milestones that have no statutory or national one. */
    public record PracticeStandards(Period matchToPlacement, Period placementToApplication) {

        public PracticeStandards {
            if (matchToPlacement == null || placementToApplication == null) {
                throw new IllegalArgumentException("tracking.practice-standards needs match-to-placement and "
                        + "placement-to-application");
            }
        }
    }

    public TrackingRules {
        warningLeadDaysByKind = warningLeadDaysByKind == null ? Map.of() : Map.copyOf(warningLeadDaysByKind);
        warningLeadDaysByRule = warningLeadDaysByRule == null ? Map.of() : Map.copyOf(warningLeadDaysByRule);
        localTargets = localTargets == null ? Map.of() : localTargets;
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind != DeadlineKind.PROJECTED && !warningLeadDaysByKind.containsKey(kind)) {
                throw new IllegalArgumentException("tracking.warning-lead-days-by-kind has no lead time for " + kind);
            }
        }
        if (practiceStandards == null) {
            throw new IllegalArgumentException("tracking.practice-standards is missing");
        }
    }

    /**
     * How many days before its due date a rule's alert says "due soon" (for a notice: from when it shows); a
     * projected breach has none, it shows as soon as it is projected.
     */
    public int dueSoonDays(DeadlineRule rule) {
        return warningLeadDaysByRule.getOrDefault(rule, warningLeadDaysByKind.getOrDefault(rule.kind(), 0));
    }

    /** Every rule's lead time: the sweep looks as far ahead as the longest. */
    public Map<DeadlineRule, Integer> leadDaysOfEveryRule() {
        Map<DeadlineRule, Integer> all = new EnumMap<>(DeadlineRule.class);
        for (DeadlineRule rule : DeadlineRule.values()) {
            all.put(rule, dueSoonDays(rule));
        }
        return all;
    }

    /** A council's local target, or one that leaves every national threshold as it is. */
    public LocalTarget localTarget(String laCode) {
        return localTargets.getOrDefault(laCode, new LocalTarget(null, null));
    }
}
