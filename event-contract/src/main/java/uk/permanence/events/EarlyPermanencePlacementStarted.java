package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The child moved to carers approved both as foster carers and as adopters. If they adopt, A10 stops here. */
@Revision("1")
public record EarlyPermanencePlacementStarted(
        String caseId,
        String laCode,
        LocalDate startedOn,
        EarlyPermanenceType type,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return startedOn;
    }
}
