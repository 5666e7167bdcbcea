package uk.permanence.cases.publishing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Ready only while the processor that publishes case events to Kafka runs without error. */
@Component("caseEventsPublisherHealthIndicator")
class PublisherHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    PublisherHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        return processing.eventProcessor(CaseEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .map(processor -> processor.isRunning() && !processor.isError()
                        ? Health.up().withDetail("activeSegments", processor.processingStatus().size()).build()
                        : Health.down().withDetail("running", processor.isRunning())
                                .withDetail("error", processor.isError()).build())
                .orElseGet(() -> Health.down().withDetail("publisher", "not configured").build());
    }
}
