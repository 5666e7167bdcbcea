package uk.permanence.cases.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code case_events_publish_lag_events}: how many stored events the publisher has not yet sent to Kafka (the
 * event store's head position minus the publisher's). Growing means events are stored but not flowing.
 */
@Component
class PublishLag {

    PublishLag(EventProcessingConfiguration processing, JdbcClient jdbc, MeterRegistry meters) {
        Gauge.builder("case_events_publish_lag_events", () -> {
            long head = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry")
                    .query(Long.class).single();
            long published = processing
                    .eventProcessor(CaseEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                    .stream()
                    .flatMap(processor -> processor.processingStatus().values().stream())
                    .map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(position -> position.orElse(-1))
                    .min().orElse(-1);
            return Math.max(0, head - published);
        }).description("Stored case events not yet published to Kafka (global index distance)").register(meters);
    }
}
