package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The placement with prospective adopters ended before an adoption order. 903: PlacedAdoption DATE_PLACED_CEASED. */
@Revision("1")
public record AdoptivePlacementDisrupted(
        String caseId,
        String laCode,
        LocalDate disruptedOn,
        String reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return disruptedOn;
    }
}
