package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** This child's case is linked with a sibling's case. */
@Revision("1")
public record SiblingLinked(
        String caseId,
        String laCode,
        LocalDate linkedOn,
        String siblingCaseId,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return linkedOn;
    }
}
