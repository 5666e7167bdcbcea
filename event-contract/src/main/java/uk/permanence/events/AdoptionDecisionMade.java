package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The agency decision maker decided the child should be placed for adoption. 903: AD1 DATE_INT / PlacedAdoption DATE_PLACED. */
@Revision("1")
public record AdoptionDecisionMade(
        String caseId,
        String laCode,
        LocalDate decidedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return decidedOn;
    }
}
