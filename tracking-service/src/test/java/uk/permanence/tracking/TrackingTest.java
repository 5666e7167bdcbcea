package uk.permanence.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
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
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.GoldenFiles;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.StatutoryReviewHeld;
import uk.permanence.events.StatutoryVisitMade;
import uk.permanence.testing.TestTokens;
import uk.permanence.testing.MutableClock;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestConsumers;
import uk.permanence.tracking.alerts.AlertSweep;

/** Case events on a real broker drive timeliness and alerts on a real PostgreSQL, with a clock tests can move. */
@SpringBootTest(properties = {"tracking.sweep-interval=PT1H",
        "tracking.local-targets.867.entry-to-placement-days=400", "tracking.local-targets.867.order-to-match-days=100"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class TrackingTest {

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
    EmbeddedKafkaBroker broker;
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

    ChildEnteredCare entered(String la, String on) {
        return new ChildEnteredCare(caseId, la, "REF-" + caseId, LocalDate.of(2024, 5, 1), LocalDate.parse(on),
                LegalStatus.C2, RECORDED, "tester", null);
    }

    @Test
    void timelinessCountsFromLegalDatesNeverFromRecordingTimes() throws Exception {
        clock.setToday(LocalDate.of(2025, 12, 1));
        publish(entered("825", "2025-01-10"));
        publish(new AdoptionDecisionMade(caseId, "825", LocalDate.parse("2025-03-01"), RECORDED, "t", null));
        publish(new PlacementOrderGranted(caseId, "825", LocalDate.parse("2025-05-01"), RECORDED, "t", null));
        publish(new ChildMatched(caseId, "825", LocalDate.parse("2025-04-20"), LocalDate.parse("2025-04-10"), null,
                RECORDED, "t", null));

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("MATCHED"))
                .andExpect(jsonPath("$.daysInCare").value(325))
                .andExpect(jsonPath("$.a1.days").value(325))
                .andExpect(jsonPath("$.a1.running").value(true))
                .andExpect(jsonPath("$.a1.thresholdDays").value(426))
                .andExpect(jsonPath("$.a10.thresholdDays").value(426))
                .andExpect(jsonPath("$.a2.days").value(0))
                .andExpect(jsonPath("$.a2.running").value(false))
                .andExpect(jsonPath("$.a2.thresholdDays").value(121))
                .andExpect(jsonPath("$.daysSinceAdoptionDecision").value(275))
                .andExpect(jsonPath("$.nextDeadline.rule").isString()));
    }

    @Test
    void anOpenAlertRaisedBeforeTheChildWasAllocatedIsListedUnderTheTeamAndWorkerItIsAllocatedToNow()
            throws Exception {
        clock.setToday(LocalDate.of(2026, 3, 1));
        String team = "team-" + caseId;
        publish(entered("931", "2026-01-05"));
        eventually(() -> mvc.perform(get("/api/alerts").param("caseId", caseId).param("la", "931"))
                .andExpect(jsonPath("$.items[?(@.rule == 'FIRST_REVIEW')]").isNotEmpty()));

        publish(new CaseAllocated(caseId, "931", LocalDate.parse("2026-02-20"), "sw.late", team, RECORDED, "t", null));

        eventually(() -> mvc.perform(get("/api/alerts").param("team", team).param("la", "931"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.rule == 'FIRST_REVIEW')].caseId").value(hasItem(caseId))));
        mvc.perform(get("/api/alerts").param("worker", "sw.late").param("la", "931"))
                .andExpect(jsonPath("$.items[?(@.rule == 'FIRST_REVIEW')].caseId").value(hasItem(caseId)));
    }

    @Test
    void eachClockIsMeasuredAgainstTheCouncilsStricterTargetWhereItSetsOne() throws Exception {
        clock.setToday(LocalDate.of(2025, 12, 1));
        publish(entered("867", "2025-01-10"));
        publish(new AdoptionDecisionMade(caseId, "867", LocalDate.parse("2025-03-01"), RECORDED, "t", null));
        publish(new PlacementOrderGranted(caseId, "867", LocalDate.parse("2025-05-01"), RECORDED, "t", null));

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a1.thresholdDays").value(400))
                .andExpect(jsonPath("$.a10.thresholdDays").value(400))
                .andExpect(jsonPath("$.a2.days").value(214))
                .andExpect(jsonPath("$.a2.thresholdDays").value(100)));
    }

    @Test
    void aPlacementRecordedWithoutAMatchStopsTheA2ClockOnThePlacementDateAsTheReportsDo() throws Exception {
        clock.setToday(LocalDate.of(2025, 12, 1));
        publish(entered("825", "2025-01-10"));
        publish(new AdoptionDecisionMade(caseId, "825", LocalDate.parse("2025-03-01"), RECORDED, "t", null));
        publish(new PlacementOrderGranted(caseId, "825", LocalDate.parse("2025-05-01"), RECORDED, "t", null));
        publish(new ChildPlacedForAdoption(caseId, "825", LocalDate.parse("2025-06-15"), false, null, RECORDED, "t",
                "recorded before a match was required"));

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PLACED_FOR_ADOPTION"))
                .andExpect(jsonPath("$.a2.stoppedOn").value("2025-06-15"))
                .andExpect(jsonPath("$.a2.days").value(45))
                .andExpect(jsonPath("$.a2.running").value(false)));
    }

    @Test
    void everyGoldenCaseEventOfTheContractIsAppliedAndNoneIsSetAside() throws Exception {
        List<String> stream = GoldenFiles.everyCaseEventAsOneCase(caseId);
        for (String event : stream) {
            kafka.send(CaseEventTopic.NAME, caseId, event).get();
        }

        eventually(() -> assertThat(jdbc.sql("select last_sequence from case_event_position where case_id = ?")
                .param(caseId).query(Long.class).optional()).contains((long) stream.size() - 1));
        assertThat(jdbc.sql("select error from failed_case_event where case_id = ?").param(caseId)
                .query(String.class).list()).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothingAndAGapHoldsTheCase() throws Exception {
        clock.setToday(LocalDate.of(2025, 12, 1));
        ChildEnteredCare first = entered("825", "2025-01-10");
        publish(first);
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), 0, entered("825", "2024-12-01")))
                .get();
        sequence = 2;
        publish(new AdoptionDecisionMade(caseId, "825", LocalDate.parse("2025-03-01"), RECORDED, "t", null));

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.daysInCare").value(325)));
        Thread.sleep(500);
        mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.stage").value("IN_CARE"))
                .andExpect(jsonPath("$.enteredCareOn").value("2025-01-10"));

        sequence = 1;
        publish(new CaseAllocated(caseId, "825", LocalDate.parse("2025-01-11"), "sw", "north", RECORDED, "t",
                null));
        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.stage").value("ADOPTION_DECISION")));
    }

    @Test
    void aCorrectionRecomputesTheClocks() throws Exception {
        clock.setToday(LocalDate.of(2025, 12, 1));
        publish(entered("825", "2025-01-10"));
        publish(new EventCorrected(caseId, "825", LocalDate.parse("2025-02-01"), 0, "enteredCareOn", "2025-01-01",
                "typo", RECORDED, "t", null));

        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.enteredCareOn").value("2025-01-01"))
                .andExpect(jsonPath("$.daysInCare").value(334)));
    }

    @Test
    void alertsAreRaisedAsDaysPassAndClearedWhenTheMilestoneIsRecorded() throws Exception {
        clock.setToday(LocalDate.of(2025, 12, 22));
        publish(entered("931", "2025-12-19"));
        publish(new CaseAllocated(caseId, "931", LocalDate.parse("2025-12-20"), "sw.khan", "north", RECORDED, "t",
                null));
        publish(visit("931", "2025-12-22"));
        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.nextDeadline.rule").value("FIRST_REVIEW"))
                .andExpect(jsonPath("$.nextDeadline.dueOn").value("2026-01-21")));
        clock.setToday(LocalDate.of(2026, 1, 10));
        sweep.sweep();
        assertThat(openAlerts()).isEmpty();

        clock.setToday(LocalDate.of(2026, 1, 16));
        sweep.sweep();
        mvc.perform(get("/api/alerts").param("caseId", caseId))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].rule").value("FIRST_REVIEW"))
                .andExpect(jsonPath("$.items[0].kind").value("STATUTORY"))
                .andExpect(jsonPath("$.items[0].severity").value("DUE_SOON"))
                .andExpect(jsonPath("$.items[0].startedOn").value("2025-12-19"))
                .andExpect(jsonPath("$.items[0].dueOn").value("2026-01-21"))
                .andExpect(jsonPath("$.items[0].daysLeft").value(5))
                .andExpect(jsonPath("$.items[0].team").value("north"))
                .andExpect(jsonPath("$.items[0].socialWorker").value("sw.khan"))
                .andExpect(jsonPath("$.items[0].status").value("open"));

        sweep.sweep();
        assertThat(openAlerts()).hasSize(1);

        clock.setToday(LocalDate.of(2026, 1, 22));
        sweep.sweep();
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("la", "931"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].severity").value("OVERDUE"));

        publish(new StatutoryReviewHeld(caseId, "931", LocalDate.parse("2026-01-22"), ReviewKind.FIRST,
                PermanencePlan.ADOPTION, null, RECORDED, "t", null));
        eventually(() -> mvc.perform(get("/api/alerts").param("caseId", caseId).param("rule", "FIRST_REVIEW"))
                .andExpect(jsonPath("$.total").value(0)));
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("status", "cleared"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].severity").value(hasItem("OVERDUE")));

        List<String> published = new CopyOnWriteArrayList<>();
        try (Consumer<String, String> consumer = TestConsumers.subscribe(broker, "permanence.alerts.v1",
                "alerts-test-" + caseId)) {
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key().equals(caseId)) {
                        published.add(record.value());
                    }
                });
                assertThat(published).hasSize(4);
            });
        }
        assertThat(published.get(0)).contains("\"type\":\"AlertRaised\"").contains("DUE_SOON");
        assertThat(published.get(3)).contains("\"type\":\"AlertCleared\"").contains("OVERDUE");
    }

    StatutoryVisitMade visit(String la, String on) {
        return new StatutoryVisitMade(caseId, la, LocalDate.parse(on), true, RECORDED, "t", null);
    }

    @Test
    void aMissedStatutoryVisitRaisesAnAlertThatTheVisitClearsAndClosingTheCaseEnds() throws Exception {
        clock.setToday(LocalDate.of(2026, 1, 10));
        publish(entered("931", "2026-01-08"));
        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.enteredCareOn").value("2026-01-08")));

        clock.setToday(LocalDate.of(2026, 1, 12));
        sweep.sweep();
        assertThat(openAlerts()).as("a weekly visit warns 2 days ahead").isEmpty();
        clock.setToday(LocalDate.of(2026, 1, 13));
        sweep.sweep();
        mvc.perform(get("/api/alerts").param("caseId", caseId))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].rule").value("VISIT_AFTER_PLACEMENT"))
                .andExpect(jsonPath("$.items[0].kind").value("STATUTORY"))
                .andExpect(jsonPath("$.items[0].severity").value("DUE_SOON"))
                .andExpect(jsonPath("$.items[0].startedOn").value("2026-01-08"))
                .andExpect(jsonPath("$.items[0].dueOn").value("2026-01-15"));
        clock.setToday(LocalDate.of(2026, 1, 16));
        sweep.sweep();
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("rule", "VISIT_AFTER_PLACEMENT"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].severity").value("OVERDUE"));

        publish(visit("931", "2026-01-16"));
        eventually(() -> mvc.perform(get("/api/alerts").param("caseId", caseId))
                .andExpect(jsonPath("$.total").value(0)));
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("status", "cleared")
                        .param("rule", "VISIT_AFTER_PLACEMENT"))
                .andExpect(jsonPath("$.total").value(2));

        clock.setToday(LocalDate.of(2026, 2, 20));
        sweep.sweep();
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("rule", "SIX_WEEKLY_VISIT"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].severity").value("DUE_SOON"))
                .andExpect(jsonPath("$.items[0].dueOn").value("2026-02-27"));
        publish(new ChildReturnedHome(caseId, "931", LocalDate.parse("2026-02-20"), RECORDED, "t", null));
        eventually(() -> mvc.perform(get("/api/alerts").param("caseId", caseId))
                .andExpect(jsonPath("$.total").value(0)));
        clock.setToday(LocalDate.of(2026, 3, 10));
        sweep.sweep();
        assertThat(openAlerts()).as("no visit is due on a closed case").isEmpty();
    }

    @Test
    void alertFiltersAndPagesAreChecked() throws Exception {
        mvc.perform(get("/api/alerts").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/alerts").param("status", "closed")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/alerts").param("raa", "adopt-thames-valley").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1));
    }

    @Test
    void aCouncilSeesOnlyItsOwnChildren() throws Exception {
        clock.setToday(LocalDate.of(2026, 1, 10));
        publish(entered("867", "2025-06-02"));
        publish(visit("867", "2025-06-05"));
        eventually(() -> mvc.perform(get("/api/alerts").param("caseId", caseId))
                .andExpect(jsonPath("$.total").value(2)));

        mvc.perform(get("/api/alerts").param("caseId", caseId)
                        .header("Authorization", "Bearer " + TestTokens.token("870", "social-worker")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/alerts").param("caseId", caseId)
                        .header("Authorization", "Bearer " + TestTokens.token("867", "social-worker")))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/cases/{caseId}/timeliness", caseId)
                        .header("Authorization", "Bearer " + TestTokens.token("870", "social-worker")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/surgery").param("la", "867")
                        .header("Authorization", "Bearer " + TestTokens.token("870", "social-worker")))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void anRaasAlertsAreThoseOfTheCouncilsThatAreItsMembersToday() throws Exception {
        // Cumbria (909) was a member of Adopt Coast to Coast until it was abolished on 31 March 2023 (councils.yml)
        clock.setToday(LocalDate.of(2026, 1, 10));
        publish(entered("909", "2025-06-02"));
        publish(visit("909", "2025-06-05"));
        String cumbria = "Bearer " + TestTokens.token("909", "team-manager");
        eventually(() -> mvc.perform(get("/api/alerts").param("caseId", caseId).header("Authorization", cumbria))
                .andExpect(jsonPath("$.total").value(2)));

        mvc.perform(get("/api/alerts").param("caseId", caseId).param("raa", "adopt-coast-to-coast")
                        .header("Authorization", cumbria))
                .andExpect(jsonPath("$.total").value(0));
        clock.setToday(LocalDate.of(2023, 3, 31));
        mvc.perform(get("/api/alerts").param("caseId", caseId).param("raa", "adopt-coast-to-coast")
                        .header("Authorization", cumbria))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void theSurgeryListPutsTheMostOverdueChildFirstAsJsonAndCsv() throws Exception {
        clock.setToday(LocalDate.of(2026, 4, 1));
        String team = "team-" + caseId;
        publish(entered("826", "2025-01-10"));
        publish(new CaseAllocated(caseId, "826", LocalDate.parse("2025-01-11"), "sw.a", team, RECORDED, "t", null));
        publish(new AdoptionDecisionMade(caseId, "826", LocalDate.parse("2025-03-01"), RECORDED, "t", null));
        String waiting = caseId;
        newCase();
        publish(entered("826", "2026-02-20"));
        publish(new CaseAllocated(caseId, "826", LocalDate.parse("2026-02-20"), "sw.b", team, RECORDED, "t", null));
        publish(visit("826", "2026-02-24"));

        eventually(() -> mvc.perform(get("/api/surgery").param("team", team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].caseId").value(waiting))
                .andExpect(jsonPath("$.items[0].overdue").value(hasItem("FIRST_REVIEW")))
                .andExpect(jsonPath("$.items[0].overdue").value(hasItem("ENTRY_TO_PLACEMENT")))
                .andExpect(jsonPath("$.items[1].caseId").value(caseId))
                .andExpect(jsonPath("$.items[1].nextRule").value("FIRST_REVIEW")));
        String csv = mvc.perform(get("/api/surgery").param("team", team).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("caseId,laCode,team,socialWorker,stage");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(waiting + ",826," + team + ",sw.a,");
    }

    @Test
    void aRebuildFromTheAppliedEventsGivesExactlyTheSameReadModels() throws Exception {
        aTrackedCaseWithAlertsSwept();
        String before = checksum();
        long openBefore = openAlertCount();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/rebuild"))
                .andExpect(status().isOk());

        assertThat(checksum()).isEqualTo(before);
        assertThat(openAlertCount()).isEqualTo(openBefore);
    }

    @Test
    void aRebuildFromTheTopicGivesExactlyTheSameReadModelsAndRaisesNoAlertTwice() throws Exception {
        aTrackedCaseWithAlertsSwept();
        String before = checksum();
        long openBefore = openAlertCount();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/rebuild")
                        .param("from", "topic"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.eventsToApply").isNumber());

        eventually(() -> assertThat(checksum()).isEqualTo(before));
        assertThat(openAlertCount()).isEqualTo(openBefore);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/rebuild")
                        .param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private void aTrackedCaseWithAlertsSwept() throws Exception {
        clock.setToday(LocalDate.of(2026, 1, 10));
        publish(entered("870", "2025-06-02"));
        publish(new AdoptionDecisionMade(caseId, "870", LocalDate.parse("2025-08-01"), RECORDED, "t", null));
        eventually(() -> mvc.perform(get("/api/cases/{caseId}/timeliness", caseId))
                .andExpect(jsonPath("$.stage").value("ADOPTION_DECISION")));
        sweep.sweep();
    }

    private String checksum() throws Exception {
        return mvc.perform(get("/admin/checksum")).andReturn().getResponse().getContentAsString();
    }

    private long openAlertCount() throws Exception {
        String body = mvc.perform(get("/api/alerts").param("size", "1")).andReturn().getResponse()
                .getContentAsString();
        return ((Number) tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, Map.class)
                .get("total")).longValue();
    }

    @Test
    void anUnknownCaseIsAProblemNotFound() throws Exception {
        mvc.perform(get("/api/cases/{caseId}/timeliness", "no-such-case"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private List<?> openAlerts() throws Exception {
        String body = mvc.perform(get("/api/alerts").param("caseId", caseId)).andReturn().getResponse()
                .getContentAsString();
        return (List<?>) tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, Map.class)
                .get("items");
    }

}
