package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The case is no longer shared with the voluntary adoption agency. */
@Revision("1")
public record CaseUnsharedFromVaa(
        String caseId,
        String laCode,
        LocalDate unsharedOn,
        String vaaId,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return unsharedOn;
    }
}
