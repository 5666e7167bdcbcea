package uk.permanence.journey;

import uk.permanence.events.CaseEvent;

/** An event as stored for its case: its identity and place in the case's stream, and the event itself. */
public record RecordedCaseEvent(String eventId, long sequence, CaseEvent event) {
}
