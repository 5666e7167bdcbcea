package uk.permanence.events.consumer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import uk.permanence.events.CaseEventTopic;

/**
 * Feeds the case-events topic to the sequencer, one polled batch per transaction; the consumer group is the
 * service's name. Offsets are committed after the batch's transaction, so a crash redelivers, never loses.
 */
public class CaseEventListener {

    public static final String ID = "case-events";

    private final CaseEventSequencer sequencer;

    public CaseEventListener(CaseEventSequencer sequencer) {
        this.sequencer = sequencer;
    }

    @KafkaListener(id = ID, topics = CaseEventTopic.NAME, groupId = "${spring.application.name}",
            batch = "true")
    public void on(List<ConsumerRecord<String, String>> records) {
        sequencer.acceptAll(records.stream().map(CaseEventListener::delivery).toList());
    }

    private static Delivery delivery(ConsumerRecord<String, String> record) {
        return new Delivery(record.value(), header(record, CaseEventTopic.CORRELATION_ID_HEADER),
                header(record, CaseEventTopic.IMPORT_SOURCE_HEADER));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
