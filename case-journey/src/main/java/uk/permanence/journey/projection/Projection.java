package uk.permanence.journey.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.permanence.journey.AdoptionClock;

/**
 * Where a child on an adoption plan is projected to be: the date of each milestone still ahead, and the A1, A10 and
 * A2 the child would have at placement, counted by the same clocks as the actual ones with the projected dates where
 * the milestones have not happened yet ({@code a2} null without a placement order, actual or projected).
 */
public record Projection(List<MilestoneDate> milestones, AdoptionClock a1, AdoptionClock a10, AdoptionClock a2,
                         boolean waitingForAdopters, boolean waitingForMatch) {

    /**
     * One milestone still ahead.
     *
     * @param stageStartsOn when its stage started, or is projected to start; for a placement order without an ADM
     *                      decision yet, today
     */
    public record MilestoneDate(RemainingMilestone milestone, LocalDate projectedOn, LocalDate stageStartsOn,
                                StageSample.Basis basis) {
    }

    /** A threshold the projection breaches: its clock's start, the last day within it, and the projected stop. */
    public record Breach(LocalDate startedOn, LocalDate lastDayWithin, LocalDate projectedOn) {
    }

    public Optional<LocalDate> projected(RemainingMilestone milestone) {
        return milestones.stream().filter(date -> date.milestone() == milestone).map(MilestoneDate::projectedOn)
                .findFirst();
    }

    /**
     * The A1 threshold breached by the projected placement, while it can still be acted on: the child waits (not
     * yet placed nor living with prospective adopters, so A10's clock is what runs, as the entry-to-placement
     * deadline's does) and the threshold's date is not past (then the deadline itself is overdue).
     */
    public Optional<Breach> entryToPlacementBreach(int thresholdDays, LocalDate today) {
        return breach(a10, waitingForAdopters, thresholdDays, today);
    }

    /** The A2 threshold breached by the projected match, while the order is in force and its date is not past. */
    public Optional<Breach> orderToMatchBreach(int thresholdDays, LocalDate today) {
        return a2 == null ? Optional.empty() : breach(a2, waitingForMatch, thresholdDays, today);
    }

    private static Optional<Breach> breach(AdoptionClock clock, boolean running, int thresholdDays,
                                           LocalDate today) {
        LocalDate lastDayWithin = clock.startedOn().plusDays(thresholdDays);
        if (!running || clock.days() <= thresholdDays || today.isAfter(lastDayWithin)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(clock.startedOn(), lastDayWithin, clock.stoppedOn()));
    }
}
