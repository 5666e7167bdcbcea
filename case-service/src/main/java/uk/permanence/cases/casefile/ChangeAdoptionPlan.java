package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlanChangeReason;

/** Record that adoption stopped being the plan. */
public record ChangeAdoptionPlan(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate changedOn,
        @NotNull PlanChangeReason reason,
        @NotNull DecidedBy decidedBy,
        PermanencePlan newPlan,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
