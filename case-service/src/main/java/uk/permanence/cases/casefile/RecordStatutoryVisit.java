package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a social worker's statutory visit to the child (CPPCR 2010 reg 28; AAR 2005 reg 36 once placed). */
public record RecordStatutoryVisit(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate visitedOn,
        Boolean seenAlone,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
