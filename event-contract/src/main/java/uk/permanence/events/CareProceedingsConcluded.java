package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Care proceedings ended. */
@Revision("1")
public record CareProceedingsConcluded(
        String caseId,
        String laCode,
        LocalDate concludedOn,
        ProceedingsOutcome outcome,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return concludedOn;
    }
}
