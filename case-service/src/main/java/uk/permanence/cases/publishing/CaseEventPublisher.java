package uk.permanence.cases.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.cases.imports.ImportedEvents;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.web.RequestLogContext;

/**
 * Publishes every stored case event to Kafka, keyed by case id. It runs as a tracking event processor whose
 * position is kept in the event store's own database and moves only after the broker acknowledged the records:
 * at least once, in order per case. A batch's records are sent one after another without waiting (the idempotent
 * producer keeps their order per partition), and the batch commits its position only once all are acknowledged.
 */
@Component
@ProcessingGroup(CaseEventPublisher.PROCESSING_GROUP)
class CaseEventPublisher {

    static final String PROCESSING_GROUP = "case-events-publisher";
    private static final String UNACKNOWLEDGED = CaseEventPublisher.class.getName() + ".unacknowledged";

    private final KafkaTemplate<String, String> kafka;
    private final CaseEventCodec codec = new CaseEventCodec();

    CaseEventPublisher(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @EventHandler
    void publish(CaseEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
                 @MetaDataValue(RequestLogContext.CORRELATION_ID) String correlationId,
                 @MetaDataValue(ImportedEvents.IMPORT_SOURCE) String importSource) {
        String message = codec.write(UUID.fromString(eventId), sequence, event);
        ProducerRecord<String, String> record = new ProducerRecord<>(CaseEventTopic.NAME, event.caseId(), message);
        if (correlationId != null) {
            record.headers().add(CaseEventTopic.CORRELATION_ID_HEADER, correlationId.getBytes(StandardCharsets.UTF_8));
        }
        if (importSource != null) {
            record.headers().add(CaseEventTopic.IMPORT_SOURCE_HEADER, importSource.getBytes(StandardCharsets.UTF_8));
        }
        unacknowledged().add(kafka.send(record));
    }

    /** The batch's sends still awaiting the broker; the batch's commit waits for them (and fails if one failed). */
    private static List<CompletableFuture<?>> unacknowledged() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(UNACKNOWLEDGED, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(committing -> CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(30, TimeUnit.SECONDS).join());
            return sends;
        });
    }
}
