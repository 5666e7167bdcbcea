package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The child was adopted; the case closes. 903: episode ended with REC E11 or E12. */
@Revision("1")
public record AdoptionOrderGranted(
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
