package uk.permanence.tracking.timeliness;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.testing.RealInfrastructure;

/** Case events on a real broker feed the timeliness read model on a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class TimelinessTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;

    private final CaseEventCodec codec = new CaseEventCodec();

    @Test
    void daysInCareCountFromTheLegalDateToToday() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(caseId, LocalDate.of(2025, 1, 10), Instant.parse("2025-02-20T10:00:00Z"));

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.laCode").value("825"))
                .andExpect(jsonPath("$.daysInCare").value(50)));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String first = codec.write(UUID.randomUUID(), 0, entered(caseId, LocalDate.of(2025, 1, 10)));
        kafka.send(CaseEventTopic.NAME, caseId, first).get();
        kafka.send(CaseEventTopic.NAME, caseId,
                codec.write(UUID.randomUUID(), 0, entered(caseId, LocalDate.of(2024, 12, 1)))).get();
        String marker = UUID.randomUUID().toString();
        publish(marker, LocalDate.of(2025, 2, 1), Instant.now());

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", marker)).andExpect(status().isOk()));
        mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.daysInCare").value(50));
    }

    @Test
    void anUnknownCaseIsAProblemNotFound() throws Exception {
        mvc.perform(get("/api/cases/{caseId}/timeliness", "no-such-case"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private void publish(String caseId, LocalDate enteredCareOn, Instant recordedAt) throws Exception {
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), 0,
                new ChildEnteredCare(caseId, "825", "REF", LocalDate.of(2024, 5, 1), enteredCareOn, LegalStatus.C2,
                        recordedAt, "tester", null))).get();
    }

    private static ChildEnteredCare entered(String caseId, LocalDate on) {
        return new ChildEnteredCare(caseId, "825", "REF", LocalDate.of(2024, 5, 1), on, LegalStatus.C2,
                Instant.parse("2025-02-20T10:00:00Z"), "tester", null);
    }
}
