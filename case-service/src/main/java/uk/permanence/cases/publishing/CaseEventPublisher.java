package uk.permanence.cases.publishing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.web.RequestLogContext;

/**
 * Publishes every stored case event to Kafka, keyed by case id. It runs as a tracking event processor whose
 * position is kept in the event store's own database and moves only after the broker acknowledged the record:
 * at least once, in order per case.
 */
@Component
@ProcessingGroup(CaseEventPublisher.PROCESSING_GROUP)
class CaseEventPublisher {

    static final String PROCESSING_GROUP = "case-events-publisher";

    private final KafkaTemplate<String, String> kafka;
    private final CaseEventCodec codec = new CaseEventCodec();

    CaseEventPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @EventHandler
    void publish(CaseEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
                 @MetaDataValue(RequestLogContext.CORRELATION_ID) String correlationId) throws Exception {
        String message = codec.write(UUID.fromString(eventId), sequence, event);
        ProducerRecord<String, String> record = new ProducerRecord<>(CaseEventTopic.NAME, event.caseId(), message);
        if (correlationId != null) {
            record.headers().add(CaseEventTopic.CORRELATION_ID_HEADER, correlationId.getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).get(30, TimeUnit.SECONDS);
    }
}
