package uk.permanence.reporting;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;

/**
 * reporting-service on a real PostgreSQL and a real broker: tests publish case events to the topic as case-service
 * would, and read the reports through MockMvc (signed as an operator of the demo RAA unless they sign otherwise).
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
public abstract class ReportingServiceTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    private KafkaTemplate<String, String> kafka;

    private final CaseEventCodec codec = new CaseEventCodec();

    /** Publishes one event of a case, with its per-case sequence number, and waits for the broker's ack. */
    protected void publish(CaseEvent event, long sequence) throws Exception {
        kafka.send(CaseEventTopic.NAME, event.caseId(), codec.write(UUID.randomUUID(), sequence, event)).get();
    }

    /** As {@link #publish}, for an event imported from an SSDA903 return: with case-service's import-source header. */
    protected void publishImported(CaseEvent event, long sequence, String importSource) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(CaseEventTopic.NAME, event.caseId(),
                codec.write(UUID.randomUUID(), sequence, event));
        record.headers().add(CaseEventTopic.IMPORT_SOURCE_HEADER, importSource.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get();
    }
}
