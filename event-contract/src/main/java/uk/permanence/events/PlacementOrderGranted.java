package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The court gave authority to place for adoption: the A2 clock starts. 903: episode with LS E1. */
@Revision("1")
public record PlacementOrderGranted(
        String caseId,
        String laCode,
        LocalDate grantedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return grantedOn;
    }
}
