package uk.permanence.tracking.alerts;

import java.time.Instant;
import java.time.LocalDate;

/** What tracking-service publishes to the alerts topic whenever an alert is raised or cleared. */
record AlertEvent(
        String type,
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
        Instant at,
        String because) {

    static final String TOPIC = "permanence.alerts.v1";
    static final String RAISED = "AlertRaised";
    static final String CLEARED = "AlertCleared";
}
