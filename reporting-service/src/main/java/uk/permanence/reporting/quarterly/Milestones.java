package uk.permanence.reporting.quarterly;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.events.consumer.PerCaseProjection;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * Each case's events in effect, with their legal dates and when they were recorded, rewritten from the case's
 * whole history once per batch: a correction moves a milestone to its corrected date, a void removes it. The
 * quarterly return, the prospective cohorts and the data-quality report all count from it.
 */
@Component
class Milestones extends PerCaseProjection {

    private final CaseJournal journal;
    private final JdbcClient jdbc;

    Milestones(CaseJournal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("milestone_event");
    }

    @Override
    public void recompute(String caseId) {
        jdbc.sql("delete from milestone_event where case_id = ?").param(caseId).update();
        List<RecordedCaseEvent> history = journal.history(caseId);
        String team = CaseJourney.of(history).team();
        for (RecordedCaseEvent recorded : CaseJourney.effective(history)) {
            CaseEvent event = recorded.event();
            if (event.occurredOn() == null) {
                continue;
            }
            AdoptionPlanChanged change = event instanceof AdoptionPlanChanged changed ? changed : null;
            jdbc.sql("""
                            insert into milestone_event (case_id, sequence, la_code, type, occurred_on, recorded_at,
                                                         team, detail, decided_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, recorded.sequence(), event.laCode(), CaseEventTypes.wireNameOf(event.getClass()),
                            event.occurredOn(), Timestamp.from(event.recordedAt()), team,
                            change == null ? null : change.newPlan().name(),
                            change == null ? null : change.decidedBy().name())
                    .update();
        }
    }
}
