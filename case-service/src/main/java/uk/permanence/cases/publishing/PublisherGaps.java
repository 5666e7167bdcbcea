package uk.permanence.cases.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;
import uk.permanence.cases.eventstore.AwaitedIndexes;

/**
 * {@code case_events_publisher_gaps}: global indexes below the publisher's position that it still waits for,
 * because a transaction that took them may yet commit. Staying above zero means a transaction is held open. Gaps
 * the event store has given up are not counted, though the position keeps them until the next event is read.
 */
@Component
class PublisherGaps {

    PublisherGaps(EventProcessingConfiguration processing, AwaitedIndexes eventStore, MeterRegistry meters) {
        Gauge.builder("case_events_publisher_gaps", () -> processing
                        .eventProcessor(CaseEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                        .stream()
                        .flatMap(processor -> processor.processingStatus().values().stream())
                        .map(status -> status.getTrackingToken())
                        .filter(Objects::nonNull)
                        .flatMap(token -> WrappedToken.unwrap(token, GapAwareTrackingToken.class).stream())
                        .mapToInt(eventStore::awaited)
                        .sum())
                .description("Global indexes the case-event publisher still waits for").register(meters);
    }
}
