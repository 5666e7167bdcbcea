package uk.permanence.cases.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestConsumers;

/** If the broker lost data, the event store fills the topic again from a position. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class RepublishTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EmbeddedKafkaBroker broker;

    private final CaseEventCodec codec = new CaseEventCodec();

    @Test
    void republishingFromTheStartSendsEveryStoredEventAgainInOrder() throws Exception {
        String location = mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("""
                        {"laCode":"931","caseReference":"REPUBLISH-1","dateOfBirth":"2024-05-01",
                         "enteredCareOn":"2025-01-10","legalStatus":"C2"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String caseId = location.substring("/api/cases/".length());
        mvc.perform(post("/api/cases/{caseId}/adoption-decision", caseId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decidedOn\":\"2025-03-01\"}")).andExpect(status().isOk());

        List<Long> sequences = new ArrayList<>();
        try (Consumer<String, String> consumer = TestConsumers.subscribe(broker, CaseEventTopic.NAME,
                "republish-test")) {
            eventually(() -> {
                poll(consumer, caseId, sequences);
                assertThat(sequences).containsExactly(0L, 1L);
            });

            mvc.perform(post("/admin/republish").param("fromGlobalIndex", "0")).andExpect(status().isOk());

            eventually(() -> {
                poll(consumer, caseId, sequences);
                assertThat(sequences).containsExactly(0L, 1L, 0L, 1L);
            });
        }
    }

    private void poll(Consumer<String, String> consumer, String caseId, List<Long> sequences) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (record.key().equals(caseId)) {
                sequences.add(codec.read(record.value()).sequence());
            }
        });
    }


    @Test
    void aPositionPastTheStoreHeadIsRefusedAndMovesNothing() throws Exception {
        mvc.perform(post("/admin/republish").param("fromGlobalIndex", "999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fromGlobalIndex"));
    }
}
