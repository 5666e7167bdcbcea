package uk.permanence.cases.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.stereotype.Component;

/** {@code axon_processor_state}: 1 when the publisher is running, erroring or replaying, 0 when not. */
@Component
class PublisherState {

    PublisherState(EventProcessingConfiguration processing, MeterRegistry meters) {
        Map<String, Predicate<TrackingEventProcessor>> states = Map.of(
                "running", TrackingEventProcessor::isRunning,
                "erroring", TrackingEventProcessor::isError,
                "replaying", TrackingEventProcessor::isReplaying);
        states.forEach((state, test) -> Gauge.builder("axon_processor_state", () -> processing
                                .eventProcessor(CaseEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                                .filter(test).isPresent() ? 1 : 0)
                .description("Whether the case-event publisher is in this state")
                .tag("processor", CaseEventPublisher.PROCESSING_GROUP)
                .tag("state", state)
                .register(meters));
    }
}
