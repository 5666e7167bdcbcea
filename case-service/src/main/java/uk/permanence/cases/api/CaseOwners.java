package uk.permanence.cases.api;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;

/** Which council owns a case: the council of the event that opened it. */
@Component
class CaseOwners {

    private final EventStore events;

    CaseOwners(EventStore events) {
        this.events = events;
    }

    Optional<String> councilOf(String caseId) {
        return events.readEvents(caseId).asStream().findFirst()
                .map(message -> ((CaseEvent) message.getPayload()).laCode());
    }
}
