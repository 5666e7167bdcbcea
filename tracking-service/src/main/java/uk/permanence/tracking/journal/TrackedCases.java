package uk.permanence.tracking.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.CaseJourney;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.alerts.AlertSync;
import uk.permanence.tracking.deadlines.Deadline;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.projection.ProjectedMilestones;
import uk.permanence.tracking.timeliness.TimelinessStore;

/**
 * Each case with new events is recomputed from its whole history (the cases of a batch together): timeliness,
 * deadlines and alerts. A correction or a void therefore changes everything that depended on the event it names.
 */
@Component
public class TrackedCases implements RecomputedProjection {

    private final TimelinessStore timeliness;
    private final DeadlineEngine deadlines;
    private final AlertSync alerts;
    private final Today today;
    private final ProjectedMilestones projections;

    TrackedCases(TimelinessStore timeliness, DeadlineEngine deadlines, AlertSync alerts, Today today,
                 ProjectedMilestones projections) {
        this.timeliness = timeliness;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.today = today;
        this.projections = projections;
    }

    @Override
    public List<String> tables() {
        List<String> tables = new ArrayList<>(List.of("case_timeliness", "case_deadline"));
        tables.addAll(ProjectedMilestones.tables());
        return tables;
    }

    /**
     * The read models, and the alerts open on them (kept by a rebuild, but synced again to the same state). Not the
     * projections nor their alerts: a projection is made from the other cases' stages as they stood when the case was
     * recomputed, so a rebuild (chunk by chunk) makes it again from fewer until the day's sweep.
     */
    @Override
    public List<String> checkedRows() {
        List<String> rows = new ArrayList<>(List.of("case_timeliness", "case_deadline", "stage_duration").stream()
                .map(table -> "select checked::text from " + table + " checked").toList());
        rows.add("select concat_ws(',', case_id, rule, severity, due_on) from alert where status = 'open' "
                + "and kind <> 'PROJECTED'");
        return rows;
    }

    /** Recomputes these cases from their histories, as of today. */
    @Override
    public void recompute(List<CaseHistory> histories) {
        recomputeAfterNewEvents(histories, Map.of());
    }

    @Override
    public void recomputeAfterNewEvents(List<CaseHistory> histories, Map<String, Instant> firstRecordedAt) {
        LocalDate date = today.date();
        // in case id order, the order in which the clock-driven sweep locks cases too: no deadlock between them
        Map<String, CaseJourney> journeys = new TreeMap<>();
        histories.forEach(history -> journeys.put(history.caseId(), history.journey()));
        Map<String, List<Deadline>> due = new TreeMap<>();
        journeys.forEach((caseId, journey) -> due.put(caseId, deadlines.deadlines(journey, date)));
        timeliness.save(journeys, due);
        timeliness.replaceDeadlines(due);
        // the projected breaches are alerted on, beside the deadlines, but are not the case's deadlines
        Map<String, List<Deadline>> alerted = new TreeMap<>();
        projections.recompute(journeys, date).forEach((caseId, breaches) -> {
            List<Deadline> all = new ArrayList<>(due.get(caseId));
            all.addAll(breaches);
            alerted.put(caseId, all);
        });
        alerts.sync(alerted, date, firstRecordedAt);
    }
}
