package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An agreed action was done. */
@Revision("1")
public record ActionCompleted(
        String caseId,
        String laCode,
        LocalDate completedOn,
        long actionId,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return completedOn;
    }
}
