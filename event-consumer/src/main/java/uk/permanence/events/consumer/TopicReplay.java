package uk.permanence.events.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import uk.permanence.events.CaseEventTopic;

/**
 * Sends this service's consumer back to the start of the case-events topic: the listener is stopped (it finishes
 * its batch and leaves the group), the group's offsets are set to each partition's earliest, {@code beforeRestart}
 * runs, and the listener starts again and re-applies everything the topic holds.
 */
public class TopicReplay {

    private final KafkaListenerEndpointRegistry registry;
    private final Map<String, Object> adminConfig;
    private final String group;

    public TopicReplay(KafkaListenerEndpointRegistry registry, Map<String, Object> adminConfig, String group) {
        this.registry = registry;
        this.adminConfig = adminConfig;
        this.group = group;
    }

    /** Answers how many events the topic holds, all of which the consumer will now apply again. */
    public long replayFromTheStart(Runnable beforeRestart) throws Exception {
        MessageListenerContainer container = registry.getListenerContainer(CaseEventListener.ID);
        container.stop();
        try (Admin admin = Admin.create(adminConfig)) {
            int partitions = admin.describeTopics(List.of(CaseEventTopic.NAME)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(CaseEventTopic.NAME).partitions().size();
            Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(admin, partitions, OffsetSpec.latest());
            admin.alterConsumerGroupOffsets(group, earliest.entrySet().stream().collect(Collectors.toMap(
                    Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue().offset()))))
                    .all().get(30, TimeUnit.SECONDS);
            beforeRestart.run();
            return latest.entrySet().stream()
                    .mapToLong(end -> end.getValue().offset() - earliest.get(end.getKey()).offset()).sum();
        } finally {
            container.start();
        }
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, int partitions, OffsetSpec spec)
            throws Exception {
        return admin.listOffsets(IntStream.range(0, partitions).boxed().collect(Collectors.toMap(
                partition -> new TopicPartition(CaseEventTopic.NAME, partition), partition -> spec)))
                .all().get(10, TimeUnit.SECONDS);
    }
}
