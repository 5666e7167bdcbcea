package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An agreed action will not be done, for the reason given. */
@Revision("1")
public record ActionDropped(
        String caseId,
        String laCode,
        LocalDate droppedOn,
        long actionId,
        String reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return droppedOn;
    }
}
