package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.permanence.events.PlacementConsentKind;

/** Record the parents' consent to placement for adoption (ACA 2002 s19, and s20 advance consent). */
public record RecordPlacementConsent(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate consentedOn,
        @NotNull PlacementConsentKind kind,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
