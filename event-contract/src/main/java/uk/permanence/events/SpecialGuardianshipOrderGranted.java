package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A special guardianship order was made; the case closes. 903: REC E45 to E48. */
@Revision("1")
public record SpecialGuardianshipOrderGranted(
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
