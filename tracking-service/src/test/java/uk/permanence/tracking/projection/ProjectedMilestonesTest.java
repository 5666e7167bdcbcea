package uk.permanence.tracking.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.testing.MutableClock;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.testing.TestTokens;
import uk.permanence.tracking.alerts.AlertSweep;

/**
 * Projected milestones and their alerts, fed with case events on a real broker and swept on a real PostgreSQL as
 * days pass. Each test's children belong to an RAA of their own (Adoption Counts, Adopt South West), so that one
 * test's stage durations are not in the other's sample; a database of its own for the same reason.
 */
@SpringBootTest(properties = {"tracking.sweep-interval=PT1H", "spring.application.name=tracking-projection-test"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 6, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class ProjectedMilestonesTest {

    static final Instant RECORDED = Instant.parse("2025-01-01T10:00:00Z");

    @TestConfiguration
    static class MovableToday {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(LocalDate.of(2026, 3, 1));
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
    private String token;
    private final Map<String, Long> sequences = new HashMap<>();

    /** Requests as a team manager of the RAA, who sees its member councils' children. */
    MockHttpServletRequestBuilder asRaa(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    void publish(String caseId, CaseEvent event) throws Exception {
        long sequence = sequences.merge(caseId, 1L, Long::sum) - 1;
        kafka.send(CaseEventTopic.NAME, caseId, codec.write(UUID.randomUUID(), sequence, event)).get();
    }

    void awaitEvents() {
        sequences.forEach((caseId, events) -> eventually(() -> assertThat(jdbc.sql(
                "select count(*) from case_event where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(events)));
    }

    /** A child who entered care (born 2022-01-01) on the date given and went on through the stages of these lengths. */
    void adopted(String la, String entered, String decided, int toOrder, int toMatch, int toPlacement, int toAdoption)
            throws Exception {
        String id = UUID.randomUUID().toString();
        LocalDate order = d(decided).plusDays(toOrder);
        LocalDate matched = order.plusDays(toMatch);
        LocalDate placed = matched.plusDays(toPlacement);
        publish(id, new ChildEnteredCare(id, la, "A-" + id, d("2022-01-01"), d(entered), LegalStatus.C2, RECORDED,
                "t", null));
        publish(id, new AdoptionDecisionMade(id, la, d(decided), RECORDED, "t", null));
        publish(id, new PlacementOrderGranted(id, la, order, RECORDED, "t", null));
        publish(id, new ChildMatched(id, la, matched, matched, null, RECORDED, "t", null));
        publish(id, new ChildPlacedForAdoption(id, la, placed, false, null, RECORDED, "t", null));
        publish(id, new AdoptionOrderGranted(id, la, placed.plusDays(toAdoption), RECORDED, "t", null));
    }

    /** A child of the council, born on the date given, waiting with a placement order. */
    String waiting(String la, String born, String entered, String decided, String order) throws Exception {
        String id = UUID.randomUUID().toString();
        publish(id, new ChildEnteredCare(id, la, "W-" + id, d(born), d(entered), LegalStatus.C2, RECORDED, "t",
                null));
        publish(id, new AdoptionDecisionMade(id, la, d(decided), RECORDED, "t", null));
        publish(id, new PlacementOrderGranted(id, la, d(order), RECORDED, "t", null));
        return id;
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> openAlerts(String caseId) throws Exception {
        String body = mvc.perform(asRaa(get("/api/alerts").param("caseId", caseId))).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> items = (List<Map<String, Object>>) JsonMapper.builder().build()
                .readValue(body, Map.class).get("items");
        return items.stream().collect(Collectors.toMap(item -> (String) item.get("rule"), item -> item));
    }

    /**
     * Five children of Adoption Counts aged 1 on entering care, not in sibling groups, decided 2024-01-01, whose
     * stages took: ADM to order 60 to 100 days (median 80), order to match 100, 150, 200, 250, 300 (median 200),
     * match to placement 20 to 60 (median 40), placement to adoption order 150 to 190 (median 170); the last
     * adoption order on 2024-01-01 + 650 days, 2025-10-12, within three years of 2026-03-01.
     * <p>
     * The waiting child, of another member council, entered care 2025-01-10 aged 1, order 2025-10-01. Match:
     * 2025-10-01 + 200 = 2026-04-19; placement + 40 = 2026-05-29; adoption order + 170 = 2026-11-15. A1 and A10 at
     * placement: 2025-01-10 to 2026-05-29 = 365 + 139 = 504 days, over 426, so breached, the last day within being
     * 2025-01-10 + 426 = 2026-03-12: 11 days left to act on 2026-03-01. A2: 200 days over 121, but its last day
     * (2026-01-30) has passed: the deadline is overdue, no longer a projection.
     */
    @Test
    void aWaitingChildsMilestonesAreProjectedFromTheRaasOwnRecentStages() throws Exception {
        token = TestTokens.tokenOf("raa", "adoption-counts", "team-manager");
        clock.setToday(d("2026-03-01"));
        for (int k = 0; k < 5; k++) {
            adopted("895", "2023-06-01", "2024-01-01", 60 + 10 * k, 100 + 50 * k, 20 + 10 * k, 150 + 10 * k);
        }
        // cases are consumed in parallel: the history first, so that the waiting child is projected from all of it
        awaitEvents();
        String child = waiting("352", "2023-05-01", "2025-01-10", "2025-06-01", "2025-10-01");
        awaitEvents();

        mvc.perform(asRaa(get("/api/cases/{caseId}/timeliness", child)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projected.projectedOn").value("2026-03-01"))
                .andExpect(jsonPath("$.projected.milestones[*].milestone")
                        .value(org.hamcrest.Matchers.contains("MATCH", "PLACEMENT", "ADOPTION_ORDER")))
                .andExpect(jsonPath("$.projected.milestones[*].projectedOn")
                        .value(org.hamcrest.Matchers.contains("2026-04-19", "2026-05-29", "2026-11-15")))
                .andExpect(jsonPath("$.projected.milestones[0].medianDays").value(200))
                .andExpect(jsonPath("$.projected.milestones[0].sampleSize").value(5))
                .andExpect(jsonPath("$.projected.milestones[0].sampleGroup")
                        .value("ONE_TO_FOUR, not in a sibling group"))
                .andExpect(jsonPath("$.projected.a1.days").value(504))
                .andExpect(jsonPath("$.projected.a1.breaches").value(true))
                .andExpect(jsonPath("$.projected.a10.stopsOn").value("2026-05-29"))
                .andExpect(jsonPath("$.projected.a2.days").value(200))
                .andExpect(jsonPath("$.projected.a2.thresholdDays").value(121));

        assertThat(openAlerts(child)).containsKey("PROJECTED_ENTRY_TO_PLACEMENT")
                .doesNotContainKey("PROJECTED_ORDER_TO_MATCH");
        assertThat(openAlerts(child).get("PROJECTED_ENTRY_TO_PLACEMENT"))
                .containsEntry("kind", "PROJECTED").containsEntry("severity", "PROJECTED")
                .containsEntry("dueOn", "2026-03-12").containsEntry("daysLeft", 11);
    }

    /**
     * Adopt South West's five children took 280 to 320 days from order to match (median 300), 30 days to
     * placement, 150 to the adoption order. On 2025-06-01 a child (entered 2025-01-06, order 2025-05-01) is
     * projected matched on 2025-05-01 + 300 = 2026-02-25 and placed on 2026-03-27: A2 300 days, over 121, due
     * 2025-05-01 + 121 = 2025-08-30, 90 days ahead, when the order-to-match deadline itself warns only 56 days
     * ahead; A1 2025-01-06 to 2026-03-27 = 445 days, over 426, due 2025-01-06 + 426 = 2026-03-08, 280 days ahead.
     * Matched on 2025-07-01, the child is projected placed on 2025-07-31 (206 days): both alerts clear.
     * <p>
     * Another child, decided 2025-01-15 with an order on 2025-03-01, entered 2024-11-30 (A1's last day within
     * 2026-01-30): projected matched on 2025-03-01 + 300 (then 295, the first child's 61 days counting too) and
     * placed 30 days later, within A1, until the match is later than today: on 2025-12-31 the match is today at
     * the earliest and placement 2026-01-30, still within; on 2026-01-01 placement is projected 2026-01-31, one day
     * over, and the sweep raises the alert with 29 days left.
     */
    @Test
    void aBreachIsRaisedMonthsAheadAsSoonAsProjectedAndClearedWhenNoLongerProjected() throws Exception {
        token = TestTokens.tokenOf("raa", "adopt-south-west", "team-manager");
        clock.setToday(d("2025-06-01"));
        for (int k = 0; k < 5; k++) {
            adopted("878", "2023-01-02", "2023-06-01", 60, 280 + 10 * k, 30, 150);
        }
        awaitEvents();
        String child = waiting("879", "2023-01-01", "2025-01-06", "2025-03-03", "2025-05-01");
        String later = waiting("880", "2022-06-01", "2024-11-30", "2025-01-15", "2025-03-01");
        awaitEvents();

        Map<String, Map<String, Object>> alerts = openAlerts(child);
        assertThat(alerts).containsKeys("PROJECTED_ORDER_TO_MATCH", "PROJECTED_ENTRY_TO_PLACEMENT")
                .doesNotContainKeys("ORDER_TO_MATCH", "ENTRY_TO_PLACEMENT");
        assertThat(alerts.get("PROJECTED_ORDER_TO_MATCH")).containsEntry("dueOn", "2025-08-30")
                .containsEntry("daysLeft", 90).containsEntry("startedOn", "2025-05-01");
        assertThat(alerts.get("PROJECTED_ENTRY_TO_PLACEMENT")).containsEntry("dueOn", "2026-03-08")
                .containsEntry("daysLeft", 280);
        mvc.perform(asRaa(get("/api/alerts").param("caseId", child).param("kind", "PROJECTED")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        assertThat(openAlerts(later)).doesNotContainKey("PROJECTED_ENTRY_TO_PLACEMENT");

        publish(child, new ChildMatched(child, "879", d("2025-07-01"), d("2025-07-01"), null, RECORDED, "t", null));
        eventually(() -> assertThat(openAlerts(child)).doesNotContainKeys("PROJECTED_ORDER_TO_MATCH",
                "PROJECTED_ENTRY_TO_PLACEMENT"));
        assertThat(jdbc.sql("select count(*) from alert where case_id = ? and kind = 'PROJECTED' "
                + "and status = 'cleared'").param(child).query(Long.class).single()).isEqualTo(2);

        clock.setToday(d("2025-12-31"));
        sweep.sweep();
        assertThat(openAlerts(later)).doesNotContainKey("PROJECTED_ENTRY_TO_PLACEMENT");

        clock.setToday(d("2026-01-01"));
        sweep.sweep();
        assertThat(openAlerts(later).get("PROJECTED_ENTRY_TO_PLACEMENT")).containsEntry("dueOn", "2026-01-30")
                .containsEntry("daysLeft", 29);
    }
    /**
     * Adopt Coast to Coast, on 2025-06-01, in the year 2025-04-01 to 2026-03-31. Five children adopted in 2023 took
     * 60 days to the order, 100 to the match, 30 to placement, 100 to the adoption order. One child adopted so far
     * this year: entered care 2024-01-10, order 2024-05-01, matched 2024-09-01, placed 2024-10-01, adopted
     * 2025-05-01: A1 and A10 265 days, A2 123, placed within 14 months. (Its stages join the sample: medians stay
     * 100, 30 and 100.) One child waiting: entered 2024-09-02, order 2025-03-03, projected matched 2025-06-11, placed
     * 2025-07-11 (A1 312 days, A2 100, within 14 months) and adopted 2025-10-19, within the year. Projected: A1 and
     * A10 (265 + 312) / 2 = 288.5, so 289; A2 (123 + 100) / 2 = 111.5, so 112; A3 100%.
     */
    @Test
    void theYearsProjectedScorecardCountsTheChildrenWaitingAtTheirProjectedPlacements() throws Exception {
        token = TestTokens.tokenOf("raa", "adopt-coast-to-coast", "raa-lead");
        clock.setToday(d("2025-06-01"));
        for (int k = 0; k < 5; k++) {
            adopted("840", "2022-10-01", "2023-01-01", 60, 100, 30, 100);
        }
        String adoptedSoFar = UUID.randomUUID().toString();
        publish(adoptedSoFar, new ChildEnteredCare(adoptedSoFar, "394", "S", d("2022-01-01"), d("2024-01-10"),
                LegalStatus.C2, RECORDED, "t", null));
        publish(adoptedSoFar, new AdoptionDecisionMade(adoptedSoFar, "394", d("2024-03-01"), RECORDED, "t", null));
        publish(adoptedSoFar, new PlacementOrderGranted(adoptedSoFar, "394", d("2024-05-01"), RECORDED, "t", null));
        publish(adoptedSoFar, new ChildMatched(adoptedSoFar, "394", d("2024-09-01"), d("2024-09-01"), null, RECORDED,
                "t", null));
        publish(adoptedSoFar, new ChildPlacedForAdoption(adoptedSoFar, "394", d("2024-10-01"), false, null, RECORDED,
                "t", null));
        publish(adoptedSoFar, new AdoptionOrderGranted(adoptedSoFar, "394", d("2025-05-01"), RECORDED, "t", null));
        awaitEvents();
        waiting("942", "2023-01-01", "2024-09-02", "2025-01-02", "2025-03-03");
        awaitEvents();

        mvc.perform(asRaa(get("/api/reports/projected-scorecard").param("raa", "adopt-coast-to-coast")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-04-01"))
                .andExpect(jsonPath("$.to").value("2026-03-31"))
                .andExpect(jsonPath("$.soFar.children").value(1))
                .andExpect(jsonPath("$.soFar.a1").value(265))
                .andExpect(jsonPath("$.soFar.a2").value(123))
                .andExpect(jsonPath("$.soFar.a3Percent").value(100))
                .andExpect(jsonPath("$.projected.children").value(2))
                .andExpect(jsonPath("$.projected.a1").value(289))
                .andExpect(jsonPath("$.projected.a10").value(289))
                .andExpect(jsonPath("$.projected.a2").value(112))
                .andExpect(jsonPath("$.projected.a2Children").value(2))
                .andExpect(jsonPath("$.projected.a3Percent").value(100));
        mvc.perform(asRaa(get("/api/reports/projected-scorecard").param("la", "942")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.soFar.children").value(0))
                .andExpect(jsonPath("$.projected.a1").value(312));
        mvc.perform(asRaa(get("/api/reports/projected-scorecard")))
                .andExpect(status().isBadRequest());
        mvc.perform(asRaa(get("/api/reports/projected-scorecard").param("la", "825")))
                .andExpect(status().isNotFound());
    }
}
