package uk.permanence.events.consumer;

import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventEnvelope;

/**
 * A read model fed by case events. Events arrive exactly once and in order per case, inside the transaction
 * that records the case's position, so a projection only has to apply them.
 */
public interface CaseEventProjection {

    void apply(CaseEventEnvelope envelope, CaseEvent event);

    /** Called once a batch of events has been applied, still inside its transaction: the place for work that is
     * cheaper done once per batch than once per event. */
    default void batchApplied() {
    }
}
