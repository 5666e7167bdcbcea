package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A child arrangements order was made; the case closes. 903: REC E41. */
@Revision("1")
public record ChildArrangementsOrderGranted(
        String caseId,
        String laCode,
        LocalDate grantedOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return grantedOn;
    }
}
