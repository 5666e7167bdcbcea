package uk.permanence.events.consumer;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Ready only while the case-events consumer runs and keeps up: a service whose consumer stopped, or whose oldest
 * unapplied event has waited longer than {@code stuckAfter} (or whose broker has not answered for as long), serves stale read models, so it must leave the load
 * balancer and page someone.
 */
public class CaseEventConsumerHealth implements HealthIndicator {

    private final KafkaListenerEndpointRegistry registry;
    private final CaseEventBacklog backlog;
    private final Duration stuckAfter;

    public CaseEventConsumerHealth(KafkaListenerEndpointRegistry registry, CaseEventBacklog backlog,
                                   Duration stuckAfter) {
        this.registry = registry;
        this.backlog = backlog;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public Health health() {
        MessageListenerContainer container = registry.getListenerContainer(CaseEventListener.ID);
        if (container == null || !container.isRunning()) {
            return Health.down().withDetail("consumer", "case-events is not running").build();
        }
        Duration waiting = backlog.oldestUnprocessed();
        boolean brokerSilent = backlog.sinceBrokerAnswered().compareTo(stuckAfter) > 0;
        boolean stuck = waiting != null && waiting.compareTo(stuckAfter) > 0;
        Health.Builder health = stuck || brokerSilent ? Health.down() : Health.up();
        return health.withDetail("consumer", container.isPauseRequested() ? "case-events paused" : "case-events running")
                .withDetail("partitions", container.getAssignedPartitions() == null ? 0
                        : container.getAssignedPartitions().size())
                .withDetail("broker", brokerSilent ? "not answering since " + backlog.sinceBrokerAnswered() : "answering")
                .withDetail("backlog", backlog.total())
                .withDetail("oldestUnprocessed", waiting == null ? "not yet measured" : waiting.toString())
                .build();
    }
}
