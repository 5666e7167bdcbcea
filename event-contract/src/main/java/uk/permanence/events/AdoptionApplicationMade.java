package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The adopters applied to court for an adoption order. */
@Revision("1")
public record AdoptionApplicationMade(
        String caseId,
        String laCode,
        LocalDate appliedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return appliedOn;
    }
}
