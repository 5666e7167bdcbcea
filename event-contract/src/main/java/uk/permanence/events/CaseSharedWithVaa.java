package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The case was shared with a voluntary adoption agency, which may then work on it. */
@Revision("1")
public record CaseSharedWithVaa(
        String caseId,
        String laCode,
        LocalDate sharedOn,
        String vaaId,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return sharedOn;
    }
}
