package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Adoption stopped being the plan. 903: PlacedAdoption REASON_PLACED_CEASED. */
@Revision("1")
public record AdoptionPlanChanged(
        String caseId,
        String laCode,
        LocalDate changedOn,
        PlanChangeReason reason,
        DecidedBy decidedBy,
        PermanencePlan newPlan,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return changedOn;
    }
}
