package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The child's social worker visited the child where they live (CPPCR 2010 reg 28; after placement for adoption, AAR
 * 2005 reg 36). {@code seenAlone} says whether the child was seen alone; null when not recorded.
 */
@Revision("1")
public record StatutoryVisitMade(
        String caseId,
        String laCode,
        LocalDate visitedOn,
        Boolean seenAlone,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return visitedOn;
    }
}
