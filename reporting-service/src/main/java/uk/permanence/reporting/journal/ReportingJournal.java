package uk.permanence.reporting.journal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.consumer.CaseEventProjection;
import uk.permanence.events.consumer.CaseJournal;

/**
 * Keeps every applied event in the journal first, so that each report's projection can recompute a case from its
 * whole history at the end of the batch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingJournal implements CaseEventProjection {

    private final CaseJournal journal;

    ReportingJournal(CaseJournal journal) {
        this.journal = journal;
    }

    @Override
    public void apply(CaseEventEnvelope envelope, CaseEvent event) {
        journal.append(envelope);
    }
}
