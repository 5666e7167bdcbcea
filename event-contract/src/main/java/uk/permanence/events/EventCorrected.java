package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An earlier event's field was wrong; history keeps both, and every view recomputes from the correction. */
@Revision("1")
public record EventCorrected(
        String caseId,
        String laCode,
        LocalDate correctedOn,
        long correctedSequence,
        String field,
        String value,
        String reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return correctedOn;
    }
}
