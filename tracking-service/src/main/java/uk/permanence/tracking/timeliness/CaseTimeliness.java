package uk.permanence.tracking.timeliness;

import java.time.LocalDate;
import java.util.List;

/**
 * How long a child has waited, as of today, counted between legal dates (never recording times). The A1, A10 and
 * A2 clocks are {@code null} until they apply; {@code running} says a clock has not stopped yet, and
 * {@code thresholdDays} is the threshold it is measured against today (the national one in force, or the council's
 * stricter target: A1's for A1 and A10, A2's for A2). A deadline marked
 * {@code notice} is the earliest date something may be done, not a deadline: never the next deadline.
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
        List<DueDate> deadlines) {

    public record Clock(LocalDate startedOn, LocalDate stoppedOn, long days, boolean running, int thresholdDays) {
    }

    public record DueDate(String rule, String kind, boolean notice, LocalDate startedOn, LocalDate dueOn,
                          long daysLeft) {
    }
}
