package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The child started to be looked after by the council: the start of every clock. 903: Episodes DECOM, LS. */
@Revision("1")
public record ChildEnteredCare(
        String caseId,
        String laCode,
        String caseReference,
        LocalDate dateOfBirth,
        LocalDate enteredCareOn,
        LegalStatus legalStatus,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return enteredCareOn;
    }
}
