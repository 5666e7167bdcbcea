package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.permanence.events.AdopterAgency;

/** Record a link with prospective adopters. */
public record LinkAdopters(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate linkedOn,
        @NotBlank @Size(max = 100) String linkId,
        @NotNull AdopterAgency agency,
        @Size(max = 500) String agencyId,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
