package uk.permanence.tracking.alerts;

import java.time.LocalDate;
import java.util.Optional;

/** How pressing a deadline is today. */
public enum Severity {
    DUE_SOON,
    OVERDUE;

    /** The severity of a deadline due on {@code dueOn}, today; empty while it is not yet within the window. */
    static Optional<Severity> of(LocalDate dueOn, LocalDate today, int dueSoonDays) {
        if (today.isAfter(dueOn)) {
            return Optional.of(OVERDUE);
        }
        return today.isBefore(dueOn.minusDays(dueSoonDays)) ? Optional.empty() : Optional.of(DUE_SOON);
    }
}
