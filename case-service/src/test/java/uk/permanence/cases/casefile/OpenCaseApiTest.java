package uk.permanence.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventEnvelope;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;

/** Opening a case through the API, on a real PostgreSQL event store and a real Kafka broker. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class OpenCaseApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void opensACaseAndPublishesChildEnteredCare() throws Exception {
        String location = mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Permanence-User", "sw.jones")
                        .content(newCase("825", "DEMO-0001", "2024-05-01", "2025-01-10", "C2")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseId").isString())
                .andReturn().getResponse().getHeader("Location");
        String caseId = location.substring("/api/cases/".length());

        assertThat(storedEventTypes(caseId)).containsExactly("uk.permanence.events.ChildEnteredCare");
        List<ConsumerRecord<String, String>> published = new CopyOnWriteArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(published::add);
                assertThat(published).anySatisfy(record -> assertThat(record.key()).isEqualTo(caseId));
            });
        }
        ConsumerRecord<String, String> record = published.stream()
                .filter(r -> r.key().equals(caseId)).findFirst().orElseThrow();
        CaseEventEnvelope envelope = new CaseEventCodec().read(record.value());
        assertThat(envelope.type()).isEqualTo("ChildEnteredCare");
        assertThat(envelope.sequence()).isZero();
        assertThat(envelope.laCode()).isEqualTo("825");
        assertThat(envelope.occurredOn()).hasToString("2025-01-10");
        assertThat(envelope.recordedBy()).isEqualTo("sw.jones");
    }

    @Test
    void openingTheSameCaseTwiceIsAConflict() throws Exception {
        String body = newCase("826", "DUP-1", "2024-05-01", "2025-01-10", "C1");
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedEventTypes(CaseIds.of("826", "DUP-1"))).hasSize(1);
    }

    @Test
    void namesEveryMissingOrWrongFieldAndRecordsNothing() throws Exception {
        long before = eventCount();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"laCode\":\"82\",\"caseReference\":\"\",\"enteredCareOn\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains(
                        "caseReference", "dateOfBirth", "enteredCareOn", "laCode", "legalStatus")));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void namesAFieldThatCannotBeRead() throws Exception {
        long before = eventCount();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("825", "BAD-STATUS", "2024-05-01", "2025-01-10", "XX")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalStatus"));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownCouncilAndEntryBeforeBirth() throws Exception {
        long before = eventCount();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("999", "UNKNOWN-LA", "2024-05-01", "2025-01-10", "C2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("laCode"));
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(newCase("825", "BEFORE-BIRTH", "2024-05-01", "2024-04-01", "C2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("enteredCareOn"));
        assertThat(eventCount()).isEqualTo(before);
    }

    private List<String> storedEventTypes(String caseId) {
        return jdbc.sql("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number").param(caseId).query(String.class).list();
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "open-case-test", false);
        props.put("auto.offset.reset", "earliest");
        Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<String, String>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer()).createConsumer();
        consumer.subscribe(List.of(CaseEventTopic.NAME));
        return consumer;
    }

    private static String newCase(String la, String reference, String born, String entered, String status) {
        return """
                {"laCode":"%s","caseReference":"%s","dateOfBirth":"%s","enteredCareOn":"%s","legalStatus":"%s"}"""
                .formatted(la, reference, born, entered, status);
    }
}
