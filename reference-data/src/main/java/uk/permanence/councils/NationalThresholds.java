package uk.permanence.councils;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The national A1 and A2 thresholds and the A3 window, dated: never constants in code. Bound from
 * {@code permanence.thresholds} in {@code thresholds.yml}, which the services that need it import.
 */
public record NationalThresholds(List<Threshold> thresholds) {

    /**
     * Thresholds in force from a date (the end of the scorecard period they were set for).
     *
     * @param placedWithinMonths A3's window: the share of children placed less than this many calendar months after
     *                           entering care
     */
    public record Threshold(LocalDate from, int entryToPlacementDays, int orderToMatchDays, int placedWithinMonths) {
    }

    public NationalThresholds {
        thresholds = thresholds.stream().sorted(Comparator.comparing(Threshold::from)).toList();
    }

    /** The thresholds in force on a date; before the first dated set, the first. */
    public Threshold inForceOn(LocalDate date) {
        Threshold current = thresholds.get(0);
        for (Threshold threshold : thresholds) {
            if (!threshold.from().isAfter(date)) {
                current = threshold;
            }
        }
        return current;
    }
}
