package uk.permanence.tracking.deadlines;

import java.time.LocalDate;

/** A deadline a case has not met yet: which rule, when its clock started and when it is due. */
public record Deadline(DeadlineRule rule, LocalDate startedOn, LocalDate dueOn) {

    public DeadlineKind kind() {
        return rule.kind();
    }
}
