package uk.permanence.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.permanence.events.LegalStatus;

/** Open a child's case: the child has started to be looked after. */
public record RecordEntryToCare(
        @TargetAggregateIdentifier String caseId,
        String laCode,
        String caseReference,
        LocalDate dateOfBirth,
        LocalDate enteredCareOn,
        LegalStatus legalStatus,
        Instant recordedAt,
        String recordedBy) {
}
