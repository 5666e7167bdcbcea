package uk.permanence.tracking.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A team manager's acknowledgement of an alert: why it is set aside from the meeting's urgent block, and until
 * when. It holds for the alert's case, rule and clock start, whatever the alert's id becomes.
 */
public record Acknowledgement(
        long alertId,
        String caseId,
        String rule,
        LocalDate startedOn,
        String justification,
        LocalDate reviewOn,
        String acknowledgedBy,
        Instant acknowledgedAt) {
}
