package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The council applied to court for a care order: the 26-week clock starts. */
@Revision("1")
public record CareProceedingsIssued(
        String caseId,
        String laCode,
        LocalDate issuedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return issuedOn;
    }
}
