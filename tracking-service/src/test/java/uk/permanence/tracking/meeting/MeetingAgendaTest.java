package uk.permanence.tracking.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.ActionAgreed;
import uk.permanence.events.ActionCompleted;
import uk.permanence.events.ActionDropped;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.testing.MutableClock;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestTokens;

/**
 * The tracking meeting's agenda ({@code GET /api/surgery}) fed by case events on a real broker, with a clock tests
 * move: agreed actions carried from meeting to meeting and overdue after their date, and acknowledged alerts set
 * aside from the urgent block until their review date, then urgent again, whatever a rebuild does to the alerts.
 */
@SpringBootTest(properties = "tracking.sweep-interval=PT1H")
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class MeetingAgendaTest {

    static final Instant RECORDED = Instant.parse("2026-01-05T10:00:00Z");

    @TestConfiguration
    static class MovableToday {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(LocalDate.of(2026, 1, 10));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private final CaseEventCodec codec = new CaseEventCodec();
    private String caseId;
    private String team;
    private long sequence;

    @BeforeEach
    void newCase() throws Exception {
        clock.setToday(LocalDate.of(2026, 1, 10));
        caseId = UUID.randomUUID().toString();
        team = "meeting-" + UUID.randomUUID();
        sequence = 0;
        publish(new ChildEnteredCare(caseId, "825", "REF-" + caseId, LocalDate.of(2024, 5, 1),
                LocalDate.of(2025, 11, 3), LegalStatus.C2, RECORDED, "tester", null));
        publish(new CaseAllocated(caseId, "825", LocalDate.of(2025, 11, 4), "sw.meeting", team, RECORDED, "t",
                null));
    }

    private void publish(CaseEvent event) throws Exception {
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), sequence++, event)).get();
    }

    private ActionAgreed agreed(long actionId, String what, String dueOn) {
        return new ActionAgreed(caseId, "825", LocalDate.of(2026, 1, 8), actionId, what, "sw.meeting",
                LocalDate.parse(dueOn), RECORDED, "tester", null);
    }

    private String agenda() throws Exception {
        return mvc.perform(get("/api/surgery").param("team", team)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The case's open alerts of this severity, once there are some. */
    private String openAlerts(String severity) {
        AtomicReference<String> alerts = new AtomicReference<>();
        eventually(() -> {
            String answer = mvc.perform(get("/api/alerts").param("caseId", caseId).param("severity", severity))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<Object>>read(answer, "$.items")).isNotEmpty();
            alerts.set(answer);
        });
        return alerts.get();
    }

    @Test
    void anOpenActionIsCarriedToEveryAgendaOverdueAfterItsDateUntilItIsDoneOrDropped() throws Exception {
        publish(agreed(2, "Book the matching panel", "2026-01-20"));
        publish(agreed(3, "Send the CPR to the family-finder", "2026-01-12"));
        publish(new ActionCompleted(caseId, "825", LocalDate.of(2026, 1, 9), 3, RECORDED, "tester", null));
        eventually(() -> assertThat(JsonPath.<List<Object>>read(agenda(), "$.items[0].actions")).hasSize(1));

        mvc.perform(get("/api/surgery").param("team", team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actions[0].actionId").value(2))
                .andExpect(jsonPath("$.items[0].actions[0].what").value("Book the matching panel"))
                .andExpect(jsonPath("$.items[0].actions[0].owner").value("sw.meeting"))
                .andExpect(jsonPath("$.items[0].actions[0].dueOn").value("2026-01-20"))
                .andExpect(jsonPath("$.items[0].actions[0].overdue").value(false));

        // the next fortnightly meeting: not done, so still on the agenda, and now overdue
        clock.setToday(LocalDate.of(2026, 1, 24));
        mvc.perform(get("/api/surgery").param("team", team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actions[*].actionId").value(contains(2)))
                .andExpect(jsonPath("$.items[0].actions[0].overdue").value(true));
        String csv = mvc.perform(get("/api/surgery").param("team", team).accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",familyFinder,openActions,overdueActions,acknowledged");
        assertThat(csv).contains("Book the matching panel (sw.meeting, due 2026-01-20, overdue)");

        publish(new ActionDropped(caseId, "825", LocalDate.of(2026, 1, 23), 2, "the plan changed", RECORDED,
                "tester", null));
        eventually(() -> assertThat(JsonPath.<List<Object>>read(agenda(), "$.items[0].actions")).isEmpty());
    }

    @Test
    void anAcknowledgedAlertLeavesTheUrgentBlockUntilItsReviewDateAndStillCountsAsAnAlert() throws Exception {
        String alerts = openAlerts("OVERDUE");
        int alertId = JsonPath.read(alerts, "$.items[0].alertId");
        String rule = JsonPath.read(alerts, "$.items[0].rule");
        mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(jsonPath("$.items[0].overdue").value(hasItem(rule)));

        mvc.perform(post("/api/alerts/" + alertId + "/acknowledgement").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justification\":\"Final hearing listed; nothing to do before it\","
                                + "\"reviewOn\":\"2026-01-24\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rule").value(rule))
                .andExpect(jsonPath("$.reviewOn").value("2026-01-24"));

        mvc.perform(get("/api/surgery").param("team", team)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].overdue").value(not(hasItem(rule))))
                .andExpect(jsonPath("$.items[0].acknowledged[0].rule").value(rule))
                .andExpect(jsonPath("$.items[0].acknowledged[0].justification")
                        .value("Final hearing listed; nothing to do before it"));
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("rule", rule))
                .andExpect(jsonPath("$.total").value(1));

        // the alerts lost and raised again under new ids (a rebuild from the topic): the acknowledgement still holds
        jdbc.sql("delete from alert where case_id = ?").param(caseId).update();
        mvc.perform(post("/admin/rebuild")).andExpect(status().isOk());
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("rule", rule))
                .andExpect(jsonPath("$.items[0].alertId").value(not(alertId)));
        mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(jsonPath("$.items[0].overdue").value(not(hasItem(rule))))
                .andExpect(jsonPath("$.items[0].acknowledged[0].rule").value(rule));

        clock.setToday(LocalDate.of(2026, 1, 23));
        mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(jsonPath("$.items[0].overdue").value(not(hasItem(rule))));
        clock.setToday(LocalDate.of(2026, 1, 24));
        mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(jsonPath("$.items[0].overdue").value(hasItem(rule)))
                .andExpect(jsonPath("$.items[0].acknowledged").value(empty()));
    }

    @Test
    void anAcknowledgementNamesEveryWrongFieldAndIsForTheAlertsCouncilsTeamManagerOnly() throws Exception {
        String alerts = openAlerts("OVERDUE");
        int alertId = JsonPath.read(alerts, "$.items[0].alertId");
        String path = "/api/alerts/" + alertId + "/acknowledgement";
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justification\":\" \",\"reviewOn\":\"2026-01-10\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("justification", "reviewOn")));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justification\":\"x\",\"reviewOn\":\"10/02/2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("reviewOn")));
        String valid = "{\"justification\":\"x\",\"reviewOn\":\"2026-02-01\"}";
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(valid)
                        .header("Authorization", "Bearer " + TestTokens.token("931", "team-manager")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/alerts/999999999/acknowledgement").contentType(MediaType.APPLICATION_JSON)
                        .content(valid))
                .andExpect(status().isNotFound());
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(valid)
                        .header("Authorization", "Bearer " + TestTokens.token("825", "social-worker")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from alert_acknowledgement where case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }
}
