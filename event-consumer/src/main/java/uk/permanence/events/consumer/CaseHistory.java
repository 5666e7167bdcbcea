package uk.permanence.events.consumer;

import java.util.List;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/** One case's whole stream of events as this service has applied them, in sequence order. */
public record CaseHistory(String caseId, List<RecordedCaseEvent> events) {

    public CaseJourney journey() {
        return CaseJourney.of(events);
    }
}
