package uk.permanence.tracking.alerts;

import java.time.Instant;
import java.time.LocalDate;

/** One alert as served: which case and rule, how pressing, its clock, and who owns the case. */
public record AlertView(
        long alertId,
        String caseId,
        String laCode,
        String team,
        String socialWorker,
        String rule,
        String kind,
        String severity,
        LocalDate startedOn,
        LocalDate dueOn,
        long daysLeft,
        String status,
        Instant raisedAt,
        Instant clearedAt) {
}
