package uk.permanence.tracking.meeting;

import java.time.LocalDate;

/** An action agreed for a child and not yet done or dropped; {@code overdue} when its due date has passed. */
public record OpenAction(long actionId, String what, String owner, LocalDate agreedOn, LocalDate dueOn,
                         boolean overdue) {
}
