package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An earlier event was recorded in error; every view recomputes without it. */
@Revision("1")
public record EventVoided(
        String caseId,
        String laCode,
        LocalDate voidedOn,
        long voidedSequence,
        String reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return voidedOn;
    }
}
