package uk.permanence.tracking.alerts;

import java.time.LocalDate;
import java.util.Optional;
import uk.permanence.tracking.deadlines.DeadlineKind;
import uk.permanence.tracking.deadlines.DeadlineRule;

/**
 * How pressing a deadline is today; a notice (the earliest date something may be done) is never overdue, and a
 * projected breach is a warning for as long as it is projected, however far off.
 */
public enum Severity {
    NOTICE,
    DUE_SOON,
    OVERDUE,
    PROJECTED;

    /** The severity of a rule's alert due on {@code dueOn}, today; empty while it is not yet within its lead time. */
    static Optional<Severity> of(DeadlineRule rule, LocalDate dueOn, LocalDate today, int leadDays) {
        if (rule.kind() == DeadlineKind.PROJECTED) {
            return Optional.of(PROJECTED);
        }
        if (today.isBefore(dueOn.minusDays(leadDays))) {
            return Optional.empty();
        }
        if (rule.notice()) {
            return Optional.of(NOTICE);
        }
        return Optional.of(today.isAfter(dueOn) ? OVERDUE : DUE_SOON);
    }
}
