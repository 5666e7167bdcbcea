package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A statutory looked-after review (CPPCR 2010 reg 33) was held, with the permanence plan set or confirmed at it. 903: Reviews REVIEW. */
@Revision("1")
public record StatutoryReviewHeld(
        String caseId,
        String laCode,
        LocalDate heldOn,
        ReviewKind kind,
        PermanencePlan permanencePlan,
        PermanencePlan parallelPlan,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return heldOn;
    }
}
