package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A link with prospective adopters ended without a match. */
@Revision("1")
public record AdopterLinkEnded(
        String caseId,
        String laCode,
        LocalDate endedOn,
        String linkId,
        String reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return endedOn;
    }
}
