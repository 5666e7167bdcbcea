package uk.permanence.events.consumer;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import uk.permanence.events.CaseEventTopic;

/**
 * Feeds the case-events topic to the sequencer, one polled batch per transaction; the consumer group is the
 * service's name. Offsets are committed after the batch's transaction, so a crash redelivers, never loses.
 */
public class CaseEventListener {

    private final CaseEventSequencer sequencer;

    public CaseEventListener(CaseEventSequencer sequencer) {
        this.sequencer = sequencer;
    }

    @KafkaListener(id = "case-events", topics = CaseEventTopic.NAME, groupId = "${spring.application.name}",
            batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        sequencer.acceptAll(records.stream().map(ConsumerRecord::value).toList());
    }
}
