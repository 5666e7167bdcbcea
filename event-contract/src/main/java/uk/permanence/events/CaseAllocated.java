package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The case was allocated to a social worker in a team. */
@Revision("1")
public record CaseAllocated(
        String caseId,
        String laCode,
        LocalDate allocatedOn,
        String socialWorker,
        String team,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return allocatedOn;
    }
}
