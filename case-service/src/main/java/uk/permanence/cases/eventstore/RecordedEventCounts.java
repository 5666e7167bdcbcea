package uk.permanence.cases.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;

/**
 * {@code case_events_recorded_total} by event type and council, counted as events are stored (a subscribing
 * processor, in the recording thread). Both tags are bounded: about thirty types, and the platform's councils.
 */
@Component
@ProcessingGroup(RecordedEventCounts.PROCESSING_GROUP)
class RecordedEventCounts {

    static final String PROCESSING_GROUP = "recorded-event-counts";

    private final MeterRegistry meters;

    RecordedEventCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(CaseEvent event) {
        meters.counter("case_events_recorded", "type", CaseEventTypes.wireNameOf(event.getClass()),
                "la", event.laCode()).increment();
    }
}
