package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A child tracked before birth was born. */
@Revision("1")
public record ChildBorn(
        String caseId,
        String laCode,
        LocalDate bornOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return bornOn;
    }
}
