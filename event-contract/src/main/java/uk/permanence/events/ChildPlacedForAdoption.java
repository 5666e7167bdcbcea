package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The child moved in with the prospective adopters: the A1 clock stops. 903: first episode with PLACE A3 to A6. */
@Revision("1")
public record ChildPlacedForAdoption(
        String caseId,
        String laCode,
        LocalDate placedOn,
        boolean withCurrentFosterCarers,
        LocalDate fosterPlacementStartedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return placedOn;
    }
}
