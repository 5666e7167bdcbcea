package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.permanence.events.LegalStatus;

/** The body of {@code POST /api/cases}: a case reference, never a name. */
public record NewCase(
        @NotBlank @Pattern(regexp = "\\d{3}", message = "must be a 3-digit DfE council code") String laCode,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/_-]+",
                message = "may hold only letters, digits, '/', '_' and '-'") String caseReference,
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @NotNull @PastOrPresent LocalDate enteredCareOn,
        @NotNull LegalStatus legalStatus) {
}
