package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A family-finder was allocated to the case. */
@Revision("1")
public record FamilyFinderAllocated(
        String caseId,
        String laCode,
        LocalDate allocatedOn,
        String familyFinder,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return allocatedOn;
    }
}
