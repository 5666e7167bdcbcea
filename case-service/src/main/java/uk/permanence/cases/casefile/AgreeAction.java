package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Agree an action for the child: what is to be done, who owns it, and by when. */
public record AgreeAction(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate agreedOn,
        @NotBlank @Size(max = 500) String what,
        @NotBlank @Size(max = 100) String owner,
        @NotNull LocalDate dueOn,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
