package uk.permanence.cases.casefile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.permanence.events.ProceedingsDelayReason;

/** Record that the court extended the timetable of the open care proceedings by {@code weeks} (at most 8). */
public record RecordProceedingsExtension(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        @NotNull LocalDate extendedOn,
        @NotNull Integer weeks,
        @NotNull ProceedingsDelayReason reason,
        Instant recordedAt,
        String recordedBy,
        @Size(max = 500) String overrideReason) implements CaseCommand {
}
