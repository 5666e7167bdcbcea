package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * At a tracking meeting (or a supervision) an action was agreed for the child: what is to be done, by whom and by
 * when. {@code actionId} is the sequence number of this event in the case's stream, so it never changes.
 */
@Revision("1")
public record ActionAgreed(
        String caseId,
        String laCode,
        LocalDate agreedOn,
        long actionId,
        String what,
        String owner,
        LocalDate dueOn,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return agreedOn;
    }
}
