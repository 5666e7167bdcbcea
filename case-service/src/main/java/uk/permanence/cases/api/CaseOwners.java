package uk.permanence.cases.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.permanence.councils.Tenant;
import uk.permanence.events.CaseEvent;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/** A case's recorded history, and who may see it: the council that owns it and the VAAs it is shared with. */
@Component
public class CaseOwners {

    private final EventStore events;

    CaseOwners(EventStore events) {
        this.events = events;
    }

    record Owners(String laCode, Set<String> vaas) {

        /** Sees the whole case file. */
        boolean seenInFullBy(Tenant tenant) {
            return tenant.canSee(laCode);
        }

        /** Sees the case at all: in full, or as a VAA it is shared with. */
        boolean visibleTo(Tenant tenant) {
            return seenInFullBy(tenant) || tenant.isSharedWith(vaas);
        }
    }

    public List<RecordedCaseEvent> history(String caseId) {
        return events.readEvents(caseId).asStream()
                .filter(message -> message.getPayload() instanceof CaseEvent)
                .map(CaseOwners::recorded)
                .toList();
    }

    Optional<Owners> of(String caseId) {
        List<RecordedCaseEvent> history = history(caseId);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        CaseJourney journey = CaseJourney.of(history);
        return Optional.of(new Owners(journey.laCode(), journey.sharedWithVaas()));
    }

    public static RecordedCaseEvent recorded(DomainEventMessage<?> message) {
        return new RecordedCaseEvent(message.getIdentifier(), message.getSequenceNumber(),
                (CaseEvent) message.getPayload());
    }
}
