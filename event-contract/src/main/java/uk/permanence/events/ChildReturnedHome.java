package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The child returned to their parents; the case closes. */
@Revision("1")
public record ChildReturnedHome(
        String caseId,
        String laCode,
        LocalDate returnedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return returnedOn;
    }
}
