package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The child left care for another reason (for example turning 18); the case closes. */
@Revision("1")
public record ChildLeftCare(
        String caseId,
        String laCode,
        LocalDate leftOn,
        String reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return leftOn;
    }
}
