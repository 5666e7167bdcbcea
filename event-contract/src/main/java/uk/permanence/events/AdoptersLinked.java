package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Prospective adopters were identified for the child. */
@Revision("1")
public record AdoptersLinked(
        String caseId,
        String laCode,
        LocalDate linkedOn,
        String linkId,
        AdopterAgency agency,
        String agencyId,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return linkedOn;
    }
}
