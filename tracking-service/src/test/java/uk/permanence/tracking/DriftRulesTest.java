package uk.permanence.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.AdoptionApplicationMade;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.testing.MutableClock;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.tracking.alerts.AlertSweep;

/**
 * The rules of issue 14, fed with case events on a real broker and swept on a real PostgreSQL as days pass: the
 * 10-week notice, early permanence, children waiting with a placement order, lead times, the practice standards,
 * and alerts raised under the old rules put right by the sweep. A database of its own (named after the application),
 * so that the rebuilds of {@link TrackingTest}, on their own broker, find only their own cases.
 */
@SpringBootTest(properties = {"tracking.sweep-interval=PT1H", "spring.application.name=tracking-rules-test"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class DriftRulesTest {

    static final Instant RECORDED = Instant.parse("2026-02-20T10:00:00Z");

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
    AlertSweep sweep;
    @Autowired
    JdbcClient jdbc;

    private final CaseEventCodec codec = new CaseEventCodec();
    private String caseId;
    private long sequence;

    @BeforeEach
    void newCase() {
        caseId = UUID.randomUUID().toString();
        sequence = 0;
    }

    void publish(CaseEvent event) throws Exception {
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), sequence++, event)).get();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    void entered(String on) throws Exception {
        publish(new ChildEnteredCare(caseId, "825", "REF-" + caseId, d("2024-05-01"), d(on), LegalStatus.C2,
                RECORDED, "tester", null));
    }

    void adm(String on) throws Exception {
        publish(new AdoptionDecisionMade(caseId, "825", d(on), RECORDED, "t", null));
    }

    void order(String on) throws Exception {
        publish(new PlacementOrderGranted(caseId, "825", d(on), RECORDED, "t", null));
    }

    void earlyPermanence(String on) throws Exception {
        publish(new EarlyPermanencePlacementStarted(caseId, "825", d(on), EarlyPermanenceType.FOSTERING_FOR_ADOPTION,
                RECORDED, "t", null));
    }

    void matched(String on) throws Exception {
        publish(new ChildMatched(caseId, "825", d(on), d(on), null, RECORDED, "t", null));
    }

    void awaitEvents() throws Exception {
        long events = sequence;
        eventually(() -> assertThat(jdbc.sql("select count(*) from case_event where case_id = ?").param(caseId)
                .query(Long.class).single()).isEqualTo(events));
    }

    /** The case's open alerts as rule to severity. */
    @SuppressWarnings("unchecked")
    Map<String, String> openAlerts() throws Exception {
        String body = mvc.perform(get("/api/alerts").param("caseId", caseId)).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> items = (List<Map<String, Object>>) JsonMapper.builder().build()
                .readValue(body, Map.class).get("items");
        return items.stream().collect(java.util.stream.Collectors.toMap(item -> (String) item.get("rule"),
                item -> (String) item.get("severity")));
    }

    Map<String, Object> alert(String rule) {
        return jdbc.sql("select kind, severity, started_on, due_on from alert "
                        + "where case_id = ? and rule = ? and status = 'open'")
                .params(caseId, rule).query().singleRow();
    }

    @Test
    void theTenWeekRuleIsANoticeFromWhenTheChildBeganLivingWithTheApplicantsNeverOverdue() throws Exception {
        clock.setToday(d("2025-06-01"));
        entered("2024-05-01");
        adm("2024-08-01");
        earlyPermanence("2024-08-05");
        order("2025-01-06");
        matched("2025-02-01");
        publish(new ChildPlacedForAdoption(caseId, "825", d("2025-03-03"), true, d("2024-08-05"), RECORDED, "t",
                null));
        awaitEvents();
        sweep.sweep();

        assertThat(openAlerts()).containsEntry("ADOPTION_APPLICATION_POSSIBLE", "NOTICE");
        assertThat(alert("ADOPTION_APPLICATION_POSSIBLE"))
                .containsEntry("kind", "STATUTORY")
                .containsEntry("started_on", java.sql.Date.valueOf("2024-08-05"))
                .containsEntry("due_on", java.sql.Date.valueOf("2024-10-14"));
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("severity", "NOTICE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.nextDeadline.rule").value(not("ADOPTION_APPLICATION_POSSIBLE")))
                .andExpect(jsonPath("$.deadlines[?(@.rule == 'ADOPTION_APPLICATION_POSSIBLE')].notice")
                        .value(true));
        mvc.perform(get("/api/surgery").param("la", "825"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.caseId == '" + caseId + "')].caseId").value(hasItem(caseId)))
                .andExpect(jsonPath("$.items[?(@.caseId == '" + caseId + "')].overdue[*]")
                        .value(not(hasItem("ADOPTION_APPLICATION_POSSIBLE"))))
                .andExpect(jsonPath("$.items[?(@.caseId == '" + caseId + "')].nextRule")
                        .value(not(hasItem("ADOPTION_APPLICATION_POSSIBLE"))));

        publish(new AdoptionApplicationMade(caseId, "825", d("2025-06-01"), RECORDED, "t", null));
        eventually(() -> assertThat(openAlerts()).doesNotContainKey("ADOPTION_APPLICATION_POSSIBLE"));
    }

    @Test
    void theWorkedExampleApplicationIsPossibleTenWeeksAfterPlacementAndShowsAsANoticeBefore() throws Exception {
        clock.setToday(d("2025-04-20"));
        entered("2024-05-01");
        adm("2024-08-01");
        matched("2025-02-01");
        publish(new ChildPlacedForAdoption(caseId, "825", d("2025-03-03"), false, null, RECORDED, "t", null));
        awaitEvents();
        sweep.sweep();
        assertThat(openAlerts()).doesNotContainKey("ADOPTION_APPLICATION_POSSIBLE");

        clock.setToday(d("2025-04-28"));
        sweep.sweep();
        assertThat(openAlerts()).containsEntry("ADOPTION_APPLICATION_POSSIBLE", "NOTICE");
        assertThat(alert("ADOPTION_APPLICATION_POSSIBLE")).containsEntry("due_on", java.sql.Date.valueOf("2025-05-12"));

        clock.setToday(d("2025-08-01"));
        sweep.sweep();
        assertThat(openAlerts()).containsEntry("ADOPTION_APPLICATION_POSSIBLE", "NOTICE");
    }

    @Test
    void aChildLivingWithProspectiveAdoptersSinceEarlyOnIsNotOverdueForA1OrTheLongWaits() throws Exception {
        clock.setToday(d("2026-06-01"));
        entered("2024-01-10");
        adm("2024-02-01");
        earlyPermanence("2024-02-10");
        order("2024-06-03");
        awaitEvents();
        sweep.sweep();

        assertThat(openAlerts()).doesNotContainKeys("ENTRY_TO_PLACEMENT", "LONG_WAIT_SINCE_ENTRY_18_MONTHS",
                "LONG_WAIT_SINCE_ORDER_12_MONTHS", "LONG_WAIT_SINCE_ORDER_18_MONTHS");
        assertThat(openAlerts()).containsEntry("ORDER_TO_MATCH", "OVERDUE");
        mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.a10.stoppedOn").value("2024-02-10"))
                .andExpect(jsonPath("$.a10.days").value(31))
                .andExpect(jsonPath("$.a10.running").value(false))
                .andExpect(jsonPath("$.a1.running").value(true));
    }

    @Test
    void theEighteenMonthsSinceEntryLongWaitIsForChildrenWaitingWithAPlacementOrder() throws Exception {
        clock.setToday(d("2026-01-10"));
        entered("2024-01-10");
        adm("2024-03-01");
        awaitEvents();
        sweep.sweep();
        assertThat(openAlerts()).containsEntry("ENTRY_TO_PLACEMENT", "OVERDUE")
                .doesNotContainKey("LONG_WAIT_SINCE_ENTRY_18_MONTHS");

        order("2025-02-03");
        eventually(() -> assertThat(openAlerts()).containsEntry("LONG_WAIT_SINCE_ENTRY_18_MONTHS", "OVERDUE"));

        matched("2025-12-01");
        eventually(() -> assertThat(openAlerts()).doesNotContainKey("LONG_WAIT_SINCE_ENTRY_18_MONTHS"));
    }

    @Test
    void aThresholdBreachWarnsEightWeeksAhead() throws Exception {
        clock.setToday(d("2025-04-01"));
        entered("2024-10-01");
        adm("2024-12-01");
        order("2025-02-03");
        awaitEvents();
        sweep.sweep();
        assertThat(openAlerts()).doesNotContainKey("ORDER_TO_MATCH");

        // A2 threshold of 121 days: match due by 2025-06-04; 8 weeks before is 2025-04-09
        clock.setToday(d("2025-04-09"));
        sweep.sweep();
        assertThat(openAlerts()).containsEntry("ORDER_TO_MATCH", "DUE_SOON");
        assertThat(alert("ORDER_TO_MATCH")).containsEntry("due_on", java.sql.Date.valueOf("2025-06-04"));
    }

    @Test
    void aMatchedChildLeftUnplacedAndAPlacementWithoutAnApplicationAreSeen() throws Exception {
        clock.setToday(d("2025-10-01"));
        entered("2024-10-01");
        adm("2024-12-01");
        order("2025-02-03");
        matched("2025-05-01");
        awaitEvents();
        sweep.sweep();
        assertThat(openAlerts()).containsEntry("MATCH_TO_PLACEMENT", "OVERDUE");
        assertThat(alert("MATCH_TO_PLACEMENT")).containsEntry("kind", "PRACTICE_STANDARD")
                .containsEntry("due_on", java.sql.Date.valueOf("2025-06-12"));

        publish(new ChildPlacedForAdoption(caseId, "825", d("2025-09-03"), false, null, RECORDED, "t",
                null));
        eventually(() -> assertThat(openAlerts()).doesNotContainKey("MATCH_TO_PLACEMENT"));

        clock.setToday(d("2026-02-10"));
        sweep.sweep();
        assertThat(openAlerts()).containsEntry("PLACEMENT_TO_APPLICATION", "DUE_SOON");
        assertThat(alert("PLACEMENT_TO_APPLICATION")).containsEntry("kind", "PRACTICE_STANDARD")
                .containsEntry("due_on", java.sql.Date.valueOf("2026-03-03"));
    }

    @Test
    void alertsRaisedUnderTheOldRulesArePutRightByTheSweep() throws Exception {
        clock.setToday(d("2026-01-10"));
        entered("2024-01-10");
        adm("2024-02-01");
        earlyPermanence("2024-02-10");
        order("2024-06-03");
        matched("2024-09-02");
        publish(new ChildPlacedForAdoption(caseId, "825", d("2025-09-01"), true, d("2024-02-10"), RECORDED, "t",
                null));
        awaitEvents();
        sweep.sweep();
        // as the old rules left them: a 10-week "deadline" from the placement, overdue, and A1 overdue for years
        jdbc.sql("delete from case_deadline where case_id = ? and rule = 'ADOPTION_APPLICATION_POSSIBLE'")
                .param(caseId).update();
        jdbc.sql("insert into case_deadline (case_id, rule, kind, started_on, due_on) values "
                        + "(?, 'ADOPTION_APPLICATION_POSSIBLE', 'STATUTORY', '2025-09-01', '2025-11-10'), "
                        + "(?, 'ENTRY_TO_PLACEMENT', 'PERFORMANCE_THRESHOLD', '2024-01-10', '2025-03-11')")
                .params(caseId, caseId).update();
        jdbc.sql("update alert set status = 'cleared' where case_id = ? and status = 'open' "
                        + "and rule in ('ADOPTION_APPLICATION_POSSIBLE', 'ENTRY_TO_PLACEMENT')").param(caseId).update();
        jdbc.sql("insert into alert (case_id, la_code, rule, kind, severity, started_on, due_on, status, raised_at) "
                        + "values (?, '825', 'ADOPTION_APPLICATION_POSSIBLE', 'STATUTORY', 'OVERDUE', '2025-09-01', "
                        + "'2025-11-10', 'open', now()), (?, '825', 'ENTRY_TO_PLACEMENT', 'PERFORMANCE_THRESHOLD', "
                        + "'OVERDUE', '2024-01-10', '2025-03-11', 'open', now())")
                .params(caseId, caseId).update();
        jdbc.sql("update rules_in_force set rules = 'v1'").update();

        clock.setToday(d("2026-01-11"));
        sweep.sweep();

        assertThat(openAlerts()).containsEntry("ADOPTION_APPLICATION_POSSIBLE", "NOTICE")
                .doesNotContainKey("ENTRY_TO_PLACEMENT");
        assertThat(alert("ADOPTION_APPLICATION_POSSIBLE"))
                .containsEntry("started_on", java.sql.Date.valueOf("2024-02-10"))
                .containsEntry("due_on", java.sql.Date.valueOf("2024-04-20"));
        assertThat(jdbc.sql("select count(*) from case_deadline where case_id = ? and rule = 'ENTRY_TO_PLACEMENT'")
                .param(caseId).query(Long.class).single()).isZero();
    }
}
