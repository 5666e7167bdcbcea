package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.permanence.events.LegalStatus;

/** Open a child's case: the child has started to be looked after. */
public record RecordEntryToCare(
        @TargetAggregateIdentifier String caseId,
        @NotBlank @Pattern(regexp = "\\d{3}", message = "must be a 3-digit DfE council code") String laCode,
        @NotNull LocalDate enteredCareOn,
        @NotBlank @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9/_-]+", message = "may hold only letters, digits, '/', '_' and '-'")
        String caseReference,
        @NotNull LocalDate dateOfBirth,
        @NotNull LegalStatus legalStatus,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
