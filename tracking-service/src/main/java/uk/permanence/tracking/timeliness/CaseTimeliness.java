package uk.permanence.tracking.timeliness;

import java.time.LocalDate;
import java.util.List;

/**
 * How long a child has waited, as of today, counted between legal dates (never recording times). The A1, A10 and
 * A2 clocks are {@code null} until they apply; {@code running} says a clock has not stopped yet, and
 * {@code thresholdDays} is the threshold it is measured against today (the national one in force, or the council's
 * stricter target: A1's for A1 and A10, A2's for A2). A deadline marked
 * {@code notice} is the earliest date something may be done, not a deadline: never the next deadline.
 * {@code projected} is null unless the child is on an adoption plan and in care.
 */
public record CaseTimeliness(
        String caseId,
        String laCode,
        String stage,
        LocalDate stageSince,
        Long daysAtStage,
        String permanencePlan,
        LocalDate enteredCareOn,
        long daysInCare,
        Clock a1,
        Clock a10,
        Clock a2,
        Long daysSinceAdoptionDecision,
        DueDate nextDeadline,
        List<DueDate> deadlines,
        Projected projected) {

    public record Clock(LocalDate startedOn, LocalDate stoppedOn, long days, boolean running, int thresholdDays) {
    }

    public record DueDate(String rule, String kind, boolean notice, LocalDate startedOn, LocalDate dueOn,
                          long daysLeft) {
    }

    /**
     * The milestones ahead, as projected on {@code projectedOn} from the RAA's recent stage durations, and the A1,
     * A10 and A2 the child would have at placement ({@code a2} null without a placement order, actual or projected).
     */
    public record Projected(LocalDate projectedOn, List<ProjectedMilestone> milestones, ProjectedClock a1,
                            ProjectedClock a10, ProjectedClock a2) {
    }

    /**
     * A milestone ahead: its stage starts on {@code stageStartsOn} (the milestone before, actual or projected) and
     * lasts the median of {@code sampleSize} children's ({@code sampleGroup}: the child's age band and sibling-group
     * status, a wider group, or {@code national timescale} with a sample of 0).
     */
    public record ProjectedMilestone(String milestone, LocalDate projectedOn, LocalDate stageStartsOn,
                                     long medianDays, int sampleSize, String sampleGroup) {
    }

    /** A clock stopped on the projected date, against the threshold in force today: {@code breaches} when over it. */
    public record ProjectedClock(LocalDate startedOn, LocalDate stopsOn, long days, int thresholdDays,
                                 boolean breaches) {
    }
}
