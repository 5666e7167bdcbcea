package uk.permanence.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestTokens;

/**
 * Agreeing, completing and dropping a child's actions through the API: every wrong field named, the action's id
 * answered (and answered again to a retry), the case file listing them, and only the council's recorders allowed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, topics = CaseEventTopic.NAME)
@ContextConfiguration(initializers = RealInfrastructure.class)
class CaseActionsApiTest {

    private static final String ACTION = """
            {"agreedOn":"2025-06-01","what":"Book the matching panel","owner":"sw.ahmed","dueOn":"2025-06-15"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String open() throws Exception {
        String reference = "ACT-" + UUID.randomUUID();
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content("""
                        {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01","enteredCareOn":"2025-01-10",
                         "legalStatus":"C2"}""".formatted(reference)))
                .andExpect(status().isCreated());
        return uk.permanence.cases.casefile.CaseIds.of("825", reference);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long events(String caseId) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?").param(caseId)
                .query(Long.class).single();
    }

    @Test
    void anActionIsAgreedWithItsIdAndCompletedAndTheCaseFileListsIt() throws Exception {
        String caseId = open();
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION).header("Idempotency-Key", "act-1"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/cases/" + caseId + "/actions/1"))
                .andExpect(jsonPath("$.actionId").value(1))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION).header("Idempotency-Key", "act-1"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.actionId").value(1));
        assertThat(events(caseId)).isEqualTo(2);

        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/1"),
                        "{\"status\":\"DONE\",\"completedOn\":\"2025-06-10\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/cases/" + caseId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].actionId").value(1))
                .andExpect(jsonPath("$.actions[0].what").value("Book the matching panel"))
                .andExpect(jsonPath("$.actions[0].status").value("DONE"))
                .andExpect(jsonPath("$.actions[0].closedOn").value("2025-06-10"));
        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/1"),
                        "{\"status\":\"DROPPED\",\"droppedOn\":\"2025-06-11\",\"reason\":\"late\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void eachWrongFieldIsNamedAndNothingIsRecorded() throws Exception {
        String caseId = open();
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), "{\"agreedOn\":\"2025-06-01\",\"what\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(contains("dueOn", "owner", "what")));
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION.replace("2025-06-15", "2025-05-15")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("dueOn")));
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION)).andExpect(status().isCreated());
        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/1"), "{\"status\":\"DROPPED\",\"droppedOn\":\"2025-06-11\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("reason")));
        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/1"), "{\"status\":\"FINISHED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("status")));
        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/7"), "{\"status\":\"DONE\",\"completedOn\":\"2025-06-11\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(contains("actionId")));
        assertThat(events(caseId)).isEqualTo(2);
    }

    @Test
    void anotherCouncilFindsNoCaseAndAVaaOrFamilyFinderMayNotAgreeOrCloseActions() throws Exception {
        String caseId = open();
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION)
                        .header("Authorization", "Bearer " + TestTokens.token("931", "team-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/1"), "{}")
                        .header("Authorization", "Bearer " + TestTokens.token("931", "social-worker")))
                .andExpect(status().isNotFound());
        mvc.perform(json(patch("/api/cases/" + caseId + "/actions/1"), "{}")
                        .header("Authorization", "Bearer " + TestTokens.token("825", "family-finder")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/cases/" + caseId + "/vaa-shares"), "{\"sharedOn\":\"2025-06-01\",\"vaaId\":\"vaa-act\"}"))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION)
                        .header("Authorization", "Bearer " + TestTokens.tokenOf("vaa", "vaa-act", "vaa-worker")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/cases/" + caseId + "/actions"), ACTION)
                        .header("Authorization", "Bearer " + TestTokens.token("825", "social-worker")))
                .andExpect(status().isCreated());
    }
}
