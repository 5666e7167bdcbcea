package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.ReviewKind;

/** Record a statutory review and the permanence plan set at it. */
public record RecordReview(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate heldOn,
        @NotNull ReviewKind kind,
        @NotNull PermanencePlan permanencePlan,
        PermanencePlan parallelPlan,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
