package uk.permanence.tracking.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.alerts.AlertEvent;
import uk.permanence.events.consumer.LatencyBuckets;
import uk.permanence.tracking.deadlines.Deadline;
import uk.permanence.tracking.deadlines.DeadlineRule;
import uk.permanence.tracking.deadlines.TrackingRules;

/**
 * Brings a case's open alerts in line with its deadlines as of a day: raises an alert for each deadline that is
 * due soon or overdue, clears alerts whose deadline was met or is no longer relevant, and re-raises an alert whose
 * severity or due date changed. Syncing twice changes nothing, so no alert is ever raised twice.
 */
@Component
public class AlertSync {

    private static final Logger log = LoggerFactory.getLogger(AlertSync.class);

    private final JdbcClient jdbc;
    private final TrackingRules rules;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer eventToAlert;
    private final AlertOutboxPublisher outbox;

    AlertSync(JdbcClient jdbc, TrackingRules rules, Clock clock, MeterRegistry meters, AlertOutboxPublisher outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.rules = rules;
        this.clock = clock;
        this.meters = meters;
        this.eventToAlert = Timer.builder("alerts_event_to_alert")
                .description("From an event being recorded to the alert it caused being raised")
                .serviceLevelObjectives(LatencyBuckets.BOUNDARIES)
                .register(meters);
    }

    /** Syncs these cases against the deadlines and projected breaches stored for them: the clock-driven sweep. */
    public void sync(List<String> caseIds, LocalDate today) {
        Map<String, List<Deadline>> stored = new HashMap<>();
        caseIds.forEach(caseId -> stored.put(caseId, new ArrayList<>()));
        jdbc.sql("select case_id, rule, started_on, due_on from case_deadline where case_id = any(?) "
                        + "union all select case_id, rule, started_on, due_on from case_projected_breach "
                        + "where case_id = any(?)")
                .params(caseIds.toArray(String[]::new), caseIds.toArray(String[]::new))
                .query((row, n) -> stored.get(row.getString("case_id")).add(new Deadline(
                        DeadlineRule.valueOf(row.getString("rule")), row.getObject("started_on", LocalDate.class),
                        row.getObject("due_on", LocalDate.class))))
                .list();
        sync(stored, today, Map.of());
    }

    /**
     * Syncs these cases against the deadlines just computed for them, in a few statements whatever their number
     * (and one per alert raised or cleared). For cases whose events caused the sync, {@code causedByEventRecordedAt}
     * gives when the earliest of them was recorded, and the time from it to each alert raised is measured.
     */
    public void sync(Map<String, List<Deadline>> deadlines, LocalDate today,
                     Map<String, Instant> causedByEventRecordedAt) {
        Object caseIds = deadlines.keySet().stream().sorted().toArray(String[]::new);
        Map<String, CaseOwner> owners = new HashMap<>();
        jdbc.sql("select case_id, la_code, team, social_worker from case_timeliness where case_id = any(?) "
                        + "order by case_id for update")
                .param(caseIds)
                .query((row, n) -> owners.put(row.getString("case_id"),
                        new CaseOwner(row.getString("la_code"), row.getString("team"), row.getString("social_worker"))))
                .list();
        // an open alert belongs to whoever the child is allocated to now, not to whoever held the case when it was raised
        jdbc.sql("update alert a set team = t.team, social_worker = t.social_worker from case_timeliness t "
                        + "where a.case_id = t.case_id and a.case_id = any(?) and a.status = 'open' "
                        + "and (a.team is distinct from t.team or a.social_worker is distinct from t.social_worker)")
                .param(caseIds).update();
        Map<String, List<Open>> open = new HashMap<>();
        jdbc.sql("select id, case_id, rule, kind, severity, started_on, due_on from alert "
                        + "where case_id = any(?) and status = 'open'").param(caseIds)
                .query((row, n) -> open.computeIfAbsent(row.getString("case_id"), caseId -> new ArrayList<>())
                        .add(new Open(row.getLong("id"), new Wanted(row.getString("rule"), row.getString("kind"),
                                row.getString("severity"), row.getObject("started_on", LocalDate.class),
                                row.getObject("due_on", LocalDate.class)))))
                .list();
        owners.forEach((caseId, owner) -> sync(caseId, owner, deadlines.get(caseId), today,
                open.getOrDefault(caseId, List.of()), causedByEventRecordedAt.get(caseId)));
    }

    private void sync(String caseId, CaseOwner owner, List<Deadline> deadlines, LocalDate today, List<Open> open,
                      Instant causedByEventRecordedAt) {
        Map<String, Wanted> wanted = new HashMap<>();
        deadlines.stream().map(deadline -> wanted(deadline, today)).flatMap(Optional::stream)
                .forEach(alert -> wanted.put(alert.rule(), alert));
        for (Open alert : open) {
            Wanted now = wanted.remove(alert.wanted().rule());
            if (now == null) {
                clear(caseId, owner, alert, "met or no longer due");
            } else if (!now.equals(alert.wanted())) {
                clear(caseId, owner, alert, "now " + now.severity() + ", due " + now.dueOn());
                raise(caseId, owner, now, causedByEventRecordedAt);
            }
        }
        wanted.values().forEach(alert -> raise(caseId, owner, alert, causedByEventRecordedAt));
    }

    private Optional<Wanted> wanted(Deadline deadline, LocalDate today) {
        return Severity.of(deadline.rule(), deadline.dueOn(), today, rules.dueSoonDays(deadline.rule()))
                .map(severity -> new Wanted(deadline.rule().name(), deadline.kind().name(), severity.name(),
                        deadline.startedOn(), deadline.dueOn()));
    }

    private void raise(String caseId, CaseOwner owner, Wanted alert, Instant causedByEventRecordedAt) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into alert (case_id, la_code, team, social_worker, rule, kind, severity, started_on,
                            due_on, status, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?) returning id""")
                .params(caseId, owner.laCode(), owner.team(), owner.socialWorker(), alert.rule(), alert.kind(),
                        alert.severity(), alert.startedOn(), alert.dueOn(), Timestamp.from(now))
                .query(Long.class).single();
        publish(AlertEvent.raised(id, caseId, owner.laCode(), owner.team(), owner.socialWorker(), alert.rule(),
                alert.kind(), alert.severity(), alert.startedOn(), alert.dueOn(), now));
        meters.counter("alerts_raised", "rule", alert.rule(), "kind", alert.kind(), "severity", alert.severity())
                .increment();
        if (causedByEventRecordedAt != null) {
            eventToAlert.record(Duration.between(causedByEventRecordedAt, now));
        }
        log.info("Alert raised: {} {} {} for a case of council {}, due {}", alert.kind(), alert.rule(),
                alert.severity(), owner.laCode(), alert.dueOn());
    }

    private void clear(String caseId, CaseOwner owner, Open alert, String because) {
        Instant now = clock.instant();
        jdbc.sql("update alert set status = 'cleared', cleared_at = ?, cleared_because = ? where id = ?")
                .params(Timestamp.from(now), because, alert.id()).update();
        Wanted was = alert.wanted();
        publish(AlertEvent.cleared(alert.id(), caseId, owner.laCode(), owner.team(), owner.socialWorker(),
                was.rule(), was.kind(), was.severity(), was.startedOn(), was.dueOn(), now, because));
        meters.counter("alerts_cleared", "rule", was.rule(), "kind", was.kind()).increment();
    }

    private void publish(AlertEvent event) {
        jdbc.sql("insert into alert_outbox (case_id, message) values (?, ?)")
                .params(event.caseId(), event.toJson()).update();
        outbox.wakeAfterCommit();
    }

    private record CaseOwner(String laCode, String team, String socialWorker) {
    }

    private record Wanted(String rule, String kind, String severity, LocalDate startedOn, LocalDate dueOn) {
    }

    private record Open(long id, Wanted wanted) {
    }
}
