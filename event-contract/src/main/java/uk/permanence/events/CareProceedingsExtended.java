package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The court extended the timetable of care proceedings by up to 8 weeks (Children Act 1989 s32(5) and (8)): the
 * 26-week deadline moves by {@code weeks}.
 */
@Revision("1")
public record CareProceedingsExtended(
        String caseId,
        String laCode,
        LocalDate extendedOn,
        Integer weeks,
        ProceedingsDelayReason reason,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return extendedOn;
    }
}
