package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Characteristics that make family-finding harder; the age band is derived from the date of birth. */
@Revision("1")
public record ChildCharacteristicsRecorded(
        String caseId,
        String laCode,
        LocalDate assessedOn,
        boolean siblingGroup,
        Integer siblingGroupSize,
        boolean disability,
        EthnicityGroup ethnicityGroup,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return assessedOn;
    }
}
