package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The court revoked the placement order. */
@Revision("1")
public record PlacementOrderRevoked(
        String caseId,
        String laCode,
        LocalDate revokedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return revokedOn;
    }
}
