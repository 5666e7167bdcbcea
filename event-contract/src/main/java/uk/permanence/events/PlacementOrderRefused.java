package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The court refused a placement order. */
@Revision("1")
public record PlacementOrderRefused(
        String caseId,
        String laCode,
        LocalDate refusedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return refusedOn;
    }
}
