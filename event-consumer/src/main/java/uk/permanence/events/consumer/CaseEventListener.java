package uk.permanence.events.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import uk.permanence.events.CaseEventTopic;

/** Feeds the case-events topic to the sequencer; the consumer group is the service's name. */
public class CaseEventListener {

    private final CaseEventSequencer sequencer;

    public CaseEventListener(CaseEventSequencer sequencer) {
        this.sequencer = sequencer;
    }

    @KafkaListener(id = "case-events", topics = CaseEventTopic.NAME, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, String> record) {
        sequencer.accept(record.value());
    }
}
