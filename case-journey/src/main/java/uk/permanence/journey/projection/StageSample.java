package uk.permanence.journey.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An agency's recent stage durations, and the median the projection takes from them: over the stages that ended in
 * the last {@code years} years, of the children in the same age band and the same sibling-group status; with fewer
 * than {@code minimumSample} of those, of the same age band; then of all children; then the national timescale.
 */
public final class StageSample {

    private final List<StageDuration> durations;
    private final int minimumSample;
    private final Map<RemainingMilestone, Integer> nationalTimescaleDays;

    /** The durations of those given that ended in the {@code years} years up to {@code asOf}. */
    public StageSample(List<StageDuration> durations, LocalDate asOf, int years, int minimumSample,
                       Map<RemainingMilestone, Integer> nationalTimescaleDays) {
        LocalDate from = asOf.minusYears(years);
        this.durations = durations.stream()
                .filter(duration -> duration.endedOn().isAfter(from) && !duration.endedOn().isAfter(asOf)).toList();
        this.minimumSample = minimumSample;
        this.nationalTimescaleDays = Map.copyOf(nationalTimescaleDays);
        for (RemainingMilestone milestone : RemainingMilestone.values()) {
            if (!nationalTimescaleDays.containsKey(milestone)) {
                throw new IllegalArgumentException("no national timescale for " + milestone);
            }
        }
    }

    /** The median stage duration for a child of this band and sibling-group status, and what it was taken from. */
    public Basis basis(RemainingMilestone milestone, AgeBand band, boolean siblingGroup) {
        List<Group> groups = List.of(
                new Group(band + (siblingGroup ? ", sibling group" : ", not in a sibling group"),
                        duration -> duration.ageBand() == band && duration.siblingGroup() == siblingGroup),
                new Group(band.toString(), duration -> duration.ageBand() == band),
                new Group("all children", duration -> true));
        for (Group group : groups) {
            List<Long> days = new ArrayList<>(durations.stream()
                    .filter(duration -> duration.milestone() == milestone).filter(group.member())
                    .map(StageDuration::days).toList());
            if (days.size() >= minimumSample) {
                return new Basis(median(days), days.size(), group.name());
            }
        }
        return new Basis(nationalTimescaleDays.get(milestone), 0, "national timescale");
    }

    /** The median, the mean of the two middle values for an even count, rounded to the day, halves up. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle) + 1, 2);
    }

    /**
     * @param sampleSize how many children's stages the median is of; 0 for the national timescale
     * @param group      whose stages: the age band and sibling-group status, the age band, all children, or
     *                   {@code national timescale}
     */
    public record Basis(long medianDays, int sampleSize, String group) {
    }

    private record Group(String name, Predicate<StageDuration> member) {
    }
}
