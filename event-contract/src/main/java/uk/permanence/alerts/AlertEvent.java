package uk.permanence.alerts;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What tracking-service publishes to {@link #TOPIC}, keyed by case id, whenever an alert is raised or cleared.
 * {@code type} is {@link #RAISED} or {@link #CLEARED}; {@code because} says why an alert was cleared (null when
 * raised). The JSON of each type and revision is fixed by a golden file, as for case events.
 */
public record AlertEvent(
        String type,
        String revision,
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

    public static final String TOPIC = "permanence.alerts.v1";
    public static final String RAISED = "AlertRaised";
    public static final String CLEARED = "AlertCleared";
    public static final String REVISION = "1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static AlertEvent raised(long alertId, String caseId, String laCode, String team, String socialWorker,
                                    String rule, String kind, String severity, LocalDate startedOn,
                                    LocalDate dueOn, Instant at) {
        return new AlertEvent(RAISED, REVISION, alertId, caseId, laCode, team, socialWorker, rule, kind, severity,
                startedOn, dueOn, at, null);
    }

    public static AlertEvent cleared(long alertId, String caseId, String laCode, String team, String socialWorker,
                                     String rule, String kind, String severity, LocalDate startedOn,
                                     LocalDate dueOn, Instant at, String because) {
        return new AlertEvent(CLEARED, REVISION, alertId, caseId, laCode, team, socialWorker, rule, kind, severity,
                startedOn, dueOn, at, because);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static AlertEvent fromJson(String json) {
        return JSON.readValue(json, AlertEvent.class);
    }
}
