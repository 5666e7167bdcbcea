package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An unborn child is tracked for pre-birth planning. No 903 equivalent. */
@Revision("1")
public record UnbornChildTracked(
        String caseId,
        String laCode,
        LocalDate trackedOn,
        String caseReference,
        LocalDate expectedDateOfBirth,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return trackedOn;
    }
}
