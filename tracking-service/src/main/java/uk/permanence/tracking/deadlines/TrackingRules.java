package uk.permanence.tracking.deadlines;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable part of the rules table: the national A1 and A2 thresholds, dated by the period they apply
 * from; stricter local targets a council may set; and how many days before a due date an alert says "due soon".
 */
@ConfigurationProperties("tracking")
public record TrackingRules(
        int dueSoonDays,
        Map<DeadlineRule, Integer> dueSoonDaysByRule,
        List<Threshold> thresholds,
        Map<String, LocalTarget> localTargets) {

    /** National thresholds in force from a date (the end of the scorecard period they were set for). */
    public record Threshold(LocalDate from, int entryToPlacementDays, int orderToMatchDays) {
    }

    /** A council's own, stricter targets; a null field leaves the national threshold. */
    public record LocalTarget(Integer entryToPlacementDays, Integer orderToMatchDays) {
    }

    public TrackingRules {
        dueSoonDaysByRule = dueSoonDaysByRule == null ? Map.of() : dueSoonDaysByRule;
        localTargets = localTargets == null ? Map.of() : localTargets;
        thresholds = thresholds.stream().sorted(Comparator.comparing(Threshold::from)).toList();
    }

    public int dueSoonDays(DeadlineRule rule) {
        return dueSoonDaysByRule.getOrDefault(rule, dueSoonDays);
    }

    public int entryToPlacementDays(String laCode, LocalDate on) {
        int national = inForceOn(on).entryToPlacementDays();
        LocalTarget local = localTargets.get(laCode);
        return local == null || local.entryToPlacementDays() == null ? national
                : Math.min(national, local.entryToPlacementDays());
    }

    public int orderToMatchDays(String laCode, LocalDate on) {
        int national = inForceOn(on).orderToMatchDays();
        LocalTarget local = localTargets.get(laCode);
        return local == null || local.orderToMatchDays() == null ? national
                : Math.min(national, local.orderToMatchDays());
    }

    private Threshold inForceOn(LocalDate date) {
        Threshold current = thresholds.get(0);
        for (Threshold threshold : thresholds) {
            if (!threshold.from().isAfter(date)) {
                current = threshold;
            }
        }
        return current;
    }
}
