package uk.permanence.tracking.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.journey.CaseJourney;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.alerts.AlertSync;
import uk.permanence.tracking.deadlines.Deadline;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.timeliness.TimelinessStore;

/**
 * Each applied event recomputes its case from the case's whole history: timeliness, deadlines and alerts. A
 * correction or a void therefore changes everything that depended on the event it names. A case that several
 * events of one batch touch is recomputed once, at the end of the batch.
 */
@Component
public class TrackedCases implements RecomputedProjection {

    private final CaseJournal journal;
    private final TimelinessStore timeliness;
    private final DeadlineEngine deadlines;
    private final AlertSync alerts;
    private final Today today;
    /** The cases the current batch touched, each with its earliest event's recording time. */
    private final ThreadLocal<Map<String, Instant>> touched = ThreadLocal.withInitial(LinkedHashMap::new);

    TrackedCases(CaseJournal journal, TimelinessStore timeliness, DeadlineEngine deadlines, AlertSync alerts,
                 Today today) {
        this.journal = journal;
        this.timeliness = timeliness;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.today = today;
    }

    @Override
    public void apply(CaseEventEnvelope envelope, CaseEvent event) {
        journal.append(envelope);
        touched.get().merge(envelope.caseId(), envelope.recordedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }

    @Override
    public void batchApplied() {
        Map<String, Instant> cases = touched.get();
        cases.forEach(this::recompute);
        cases.clear();
    }

    @Override
    public List<String> tables() {
        return List.of("case_timeliness", "case_deadline");
    }

    /** Recomputes one case from its history, as of today. */
    @Override
    public void recompute(String caseId) {
        recompute(caseId, null);
    }

    private void recompute(String caseId, Instant causedByEventRecordedAt) {
        LocalDate date = today.date();
        CaseJourney journey = journal.journey(caseId);
        timeliness.save(caseId, journey);
        List<Deadline> due = deadlines.deadlines(journey, date);
        timeliness.replaceDeadlines(caseId, due);
        alerts.sync(caseId, date, causedByEventRecordedAt);
    }
}
