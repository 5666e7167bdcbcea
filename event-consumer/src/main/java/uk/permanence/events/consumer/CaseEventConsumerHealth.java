package uk.permanence.events.consumer;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Ready only while the case-events consumer runs: a service whose consumer stopped serves stale read models, so
 * it must leave the load balancer and page someone.
 */
public class CaseEventConsumerHealth implements HealthIndicator {

    private final KafkaListenerEndpointRegistry registry;

    public CaseEventConsumerHealth(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        MessageListenerContainer container = registry.getListenerContainer("case-events");
        if (container == null || !container.isRunning()) {
            return Health.down().withDetail("consumer", "case-events is not running").build();
        }
        return Health.up().withDetail("consumer", "case-events running")
                .withDetail("partitions", container.getAssignedPartitions() == null ? 0
                        : container.getAssignedPartitions().size())
                .build();
    }
}
