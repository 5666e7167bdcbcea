package uk.permanence.events.consumer;

import java.util.LinkedHashSet;
import java.util.Set;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;

/** A {@link RecomputedProjection} that recomputes each case its batch touched once, at the end of the batch. */
public abstract class PerCaseProjection implements RecomputedProjection {

    private final ThreadLocal<Set<String>> touched = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public void apply(CaseEventEnvelope envelope, CaseEvent event) {
        touched.get().add(envelope.caseId());
    }

    @Override
    public void batchApplied() {
        touched.get().forEach(this::recompute);
        touched.get().clear();
    }
}
