package uk.permanence.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.TestTokens;
import uk.permanence.testing.RealInfrastructure;

/**
 * A milestone sent twice is recorded once: a retry under a new token of the same client meets its idempotency key,
 * and an exact duplicate is refused unless the request says it is a new occurrence.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class RepeatedCommandsTest {

    /** Two users of one council's case system: one client, two subjects. */
    private static final String FIRST_USER = "Bearer " + TestTokens.tokenFor("case-system-1@825", "825",
            "social-worker");
    private static final String SECOND_USER = "Bearer " + TestTokens.tokenFor("case-system-2@825", "825",
            "social-worker");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetryUnderANewTokenOfTheSameClientGetsTheFirstAnswerAndRecordsOnce() throws Exception {
        String caseId = open();
        String key = UUID.randomUUID().toString();
        send(FIRST_USER, caseId, "adoption-decision", key, "{\"decidedOn\":\"2025-03-01\"}")
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        send(SECOND_USER, caseId, "adoption-decision", key, "{\"decidedOn\":\"2025-03-01\"}")
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(eventsOf(caseId)).isEqualTo(2);
    }

    @Test
    void anExactDuplicateReviewIsRefusedUnlessItIsANewOccurrence() throws Exception {
        String caseId = open();
        send(FIRST_USER, caseId, "reviews", null,
                "{\"heldOn\":\"2025-02-05\",\"kind\":\"FIRST\",\"permanencePlan\":\"ADOPTION\"}")
                .andExpect(status().isOk());
        String second = "{\"heldOn\":\"2025-05-05\",\"kind\":\"SECOND\",\"permanencePlan\":\"ADOPTION\"}";
        send(FIRST_USER, caseId, "reviews", null, second).andExpect(status().isOk());

        send(SECOND_USER, caseId, "reviews", UUID.randomUUID().toString(), second)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("event 2")))
                // clients tell a duplicate from another conflict by its type, not its words
                .andExpect(jsonPath("$.type").value("urn:permanence:problem:duplicate-milestone"))
                .andExpect(jsonPath("$.title").value("Duplicate milestone"));
        assertThat(eventsOf(caseId)).isEqualTo(3);

        send(SECOND_USER, caseId, "reviews", null, second.replace("}", ",\"newOccurrence\":\"yes\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newOccurrence"));
        assertThat(eventsOf(caseId)).isEqualTo(3);

        send(SECOND_USER, caseId, "reviews", null, second.replace("}", ",\"newOccurrence\":true}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
        assertThat(eventsOf(caseId)).isEqualTo(4);
    }

    private String open() throws Exception {
        String location = mvc.perform(post("/api/cases").header("Authorization", FIRST_USER)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"laCode":"825","caseReference":"REPEAT-%s","dateOfBirth":"2024-05-01",
                                 "enteredCareOn":"2025-01-10","legalStatus":"C2"}"""
                                .formatted(UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return location.substring("/api/cases/".length());
    }

    private ResultActions send(String token, String caseId, String milestone, String idempotencyKey, String body)
            throws Exception {
        var request = post("/api/cases/{caseId}/{milestone}", caseId, milestone).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private long eventsOf(String caseId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(caseId)
                .query(Long.class).single();
    }
}
