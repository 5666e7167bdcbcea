package uk.permanence.reporting.quarterly;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.consumer.CaseEventProjection;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * Each case's events in effect, with their legal dates, rewritten from the case's whole history once per batch:
 * a correction moves a milestone to its corrected date, a void removes it.
 */
@Component
class Milestones implements CaseEventProjection {

    private final CaseJournal journal;
    private final JdbcClient jdbc;
    private final ThreadLocal<Set<String>> touched = ThreadLocal.withInitial(LinkedHashSet::new);

    Milestones(CaseJournal journal, JdbcClient jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public void apply(CaseEventEnvelope envelope, CaseEvent event) {
        touched.get().add(envelope.caseId());
    }

    @Override
    public void batchApplied() {
        touched.get().forEach(this::rewrite);
        touched.get().clear();
    }

    private void rewrite(String caseId) {
        jdbc.sql("delete from milestone_event where case_id = ?").param(caseId).update();
        for (RecordedCaseEvent recorded : CaseJourney.effective(journal.history(caseId))) {
            CaseEvent event = recorded.event();
            if (event.occurredOn() == null) {
                continue;
            }
            jdbc.sql("insert into milestone_event (case_id, sequence, la_code, type, occurred_on) values (?, ?, ?, ?, ?)")
                    .params(caseId, recorded.sequence(), event.laCode(), CaseEventTypes.wireNameOf(event.getClass()),
                            event.occurredOn())
                    .update();
        }
    }
}
