package uk.permanence.journey;

import java.time.LocalDate;

/**
 * An action agreed for a child, as it stands: open until it is done or dropped. {@code closedOn} is when it was
 * done or dropped, {@code dropReason} why it was dropped.
 */
public record AgreedAction(long actionId, String what, String owner, LocalDate agreedOn, LocalDate dueOn,
                           Status status, LocalDate closedOn, String dropReason) {

    public enum Status { OPEN, DONE, DROPPED }

    /** Not done by its due date: an open action whose due date is before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }
}
