package uk.permanence.events.consumer;

import java.util.List;
import java.util.Map;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * One case's whole stream of events as this service has applied them, in sequence order, and for the events
 * imported from an SSDA903 return, the row each came from, by sequence.
 */
public record CaseHistory(String caseId, List<RecordedCaseEvent> events, Map<Long, String> importSources) {

    public CaseHistory(String caseId, List<RecordedCaseEvent> events) {
        this(caseId, events, Map.of());
    }

    public CaseJourney journey() {
        return CaseJourney.of(events);
    }

    /** Whether this event came from an SSDA903 import: its recording time is the import's, not the council's. */
    public boolean imported(long sequence) {
        return importSources.containsKey(sequence);
    }
}
