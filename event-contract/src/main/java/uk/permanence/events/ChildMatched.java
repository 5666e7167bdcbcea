package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The agency decision maker approved the match after the panel's recommendation: the A2 clock stops. 903: AD1 DATE_MATCH. */
@Revision("1")
public record ChildMatched(
        String caseId,
        String laCode,
        LocalDate matchedOn,
        LocalDate panelRecommendedOn,
        String linkId,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return matchedOn;
    }
}
