package uk.permanence.tracking.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.CaseJourney;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.alerts.AlertSync;
import uk.permanence.tracking.deadlines.Deadline;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.timeliness.TimelinessStore;

/**
 * Each case with new events is recomputed from its whole history (once per batch): timeliness, deadlines and
 * alerts. A correction or a void therefore changes everything that depended on the event it names.
 */
@Component
public class TrackedCases implements RecomputedProjection {

    private final TimelinessStore timeliness;
    private final DeadlineEngine deadlines;
    private final AlertSync alerts;
    private final Today today;

    TrackedCases(TimelinessStore timeliness, DeadlineEngine deadlines, AlertSync alerts, Today today) {
        this.timeliness = timeliness;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.today = today;
    }

    @Override
    public List<String> tables() {
        return List.of("case_timeliness", "case_deadline");
    }

    /** Recomputes one case from its history, as of today. */
    @Override
    public void recompute(CaseHistory history) {
        recomputeAfterNewEvents(history, null);
    }

    @Override
    public void recomputeAfterNewEvents(CaseHistory history, Instant firstRecordedAt) {
        LocalDate date = today.date();
        CaseJourney journey = history.journey();
        String caseId = history.caseId();
        timeliness.save(caseId, journey);
        List<Deadline> due = deadlines.deadlines(journey, date);
        timeliness.replaceDeadlines(caseId, due);
        alerts.sync(caseId, date, firstRecordedAt);
    }
}
