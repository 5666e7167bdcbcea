package uk.permanence.reporting.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.EventVoided;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/** The quarterly return for council 870, April to June 2026, over five hand-worked cases fed through Kafka. */
class QuarterlyReturnTest extends ReportingServiceTest {

    private static final String LA = "870";
    private static final Instant NOW = Instant.now();


    @Test
    void countsTheQuarterByLegalDateAndTheChildrenWaitingAtItsEnd() throws Exception {
        // waiting with an order made 2025-03-01: over 90 days, 18 months in care, 12 (not 18) months since the order
        publish(id -> List.of(entered(id, "2024-06-01"), decision(id, "2025-01-10"), order(id, "2025-03-01")));
        // decision, order and match all in the quarter: counted, and not waiting
        publish(id -> List.of(entered(id, "2025-10-01"), decision(id, "2026-04-15"), order(id, "2026-05-20"),
                new ChildMatched(id, LA, LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-01"), "L-1", NOW,
                        "t", null)));
        // early permanence placement, then the plan changed by the court: reversed, and no longer waiting
        publish(id -> List.of(entered(id, "2025-01-01"), decision(id, "2025-05-01"), order(id, "2025-07-01"),
                new EarlyPermanencePlacementStarted(id, LA, LocalDate.parse("2026-04-02"),
                        EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, "t", null),
                new AdoptionPlanChanged(id, LA, LocalDate.parse("2026-05-01"), PlanChangeReason.values()[0],
                        DecidedBy.COURT, PermanencePlan.SPECIAL_GUARDIANSHIP, NOW, "t", null)));
        // adopted in the quarter, placed long before
        publish(id -> List.of(entered(id, "2024-01-01"), decision(id, "2024-03-01"), order(id, "2024-06-01"),
                new ChildMatched(id, LA, LocalDate.parse("2024-09-01"), LocalDate.parse("2024-08-20"), "L-2", NOW,
                        "t", null),
                new ChildPlacedForAdoption(id, LA, LocalDate.parse("2024-10-01"), false, null, NOW, "t", null),
                new AdoptionOrderGranted(id, LA, LocalDate.parse("2026-06-01"), NOW, "t", null)));
        // an SGO recorded in error and voided: not counted
        publish(id -> List.of(entered(id, "2025-01-01"),
                new SpecialGuardianshipOrderGranted(id, LA, LocalDate.parse("2026-05-05"), NOW, "t", null),
                new EventVoided(id, LA, LocalDate.parse("2026-05-06"), 1, "recorded on the wrong child", NOW, "t",
                        null)));

        eventually(() -> mvc.perform(get("/api/reports/quarterly-return").param("la", LA).param("quarter", "2026-Q2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-04-01"))
                .andExpect(jsonPath("$.to").value("2026-06-30"))
                .andExpect(jsonPath("$.total.admDecisions").value(1))
                .andExpect(jsonPath("$.total.placementOrders").value(1))
                .andExpect(jsonPath("$.total.matches").value(1))
                .andExpect(jsonPath("$.total.placements").value(0))
                .andExpect(jsonPath("$.total.adoptionOrders").value(1))
                .andExpect(jsonPath("$.total.specialGuardianshipOrders").value(0))
                .andExpect(jsonPath("$.total.decisionsReversed").value(1))
                .andExpect(jsonPath("$.total.earlyPermanencePlacements").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.total").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over90DaysSinceOrder").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over18MonthsSinceEntry").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over12MonthsSinceOrder").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over18MonthsSinceOrder").value(0)));

        String csv = mvc.perform(get("/api/reports/quarterly-return").param("la", LA).param("quarter", "2026-Q2")
                        .accept("text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly(String.join(",", QuarterCounts.CSV_HEADER),
                "870,1,1,0,1,0,1,0,1,1,1,1,1,1,0", "total,1,1,0,1,0,1,0,1,1,1,1,1,1,0");

        mvc.perform(post("/admin/rebuild")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/api/reports/quarterly-return").param("la", LA).param("quarter", "2026-Q2")
                        .accept("text/csv")).andReturn().getResponse().getContentAsString())
                .as("the same return after rebuilding every read model from the journal").isEqualTo(csv);
    }

    @Test
    void aChildWhosePlacementDisruptedWaitsAgainAndAPlacementWithoutAMatchIsNotWaiting() throws Exception {
        String la = "311";
        // matched, placed, disrupted 2025-05-01, order still in force, no new match: waiting at 2026-06-30, in
        // every long-wait breakdown (order 2024-11-01: over 90 days, 12 and 18 months; in care since 2024-06-01)
        publish(id -> List.of(entered(id, la, "2024-06-01"), order(id, la, "2024-11-01"), matched(id, la, "2025-01-10"),
                placed(id, la, "2025-02-01"), disrupted(id, la, "2025-05-01")));
        // the same, matched again after the disruption: not waiting
        publish(id -> List.of(entered(id, la, "2024-06-01"), order(id, la, "2024-11-01"), matched(id, la, "2025-01-10"),
                placed(id, la, "2025-02-01"), disrupted(id, la, "2025-05-01"), matched(id, la, "2026-01-10")));
        // disrupted only after the quarter's end: placed, not waiting, at 2026-06-30
        publish(id -> List.of(entered(id, la, "2024-06-01"), order(id, la, "2024-11-01"), matched(id, la, "2025-01-10"),
                placed(id, la, "2025-02-01"), disrupted(id, la, "2026-07-15")));
        // placed after early permanence with no match recorded (before a placement needed one): not waiting
        publish(id -> List.of(entered(id, la, "2024-06-01"), order(id, la, "2025-01-01"),
                placed(id, la, "2025-06-01")));

        eventually(() -> mvc.perform(get("/api/reports/quarterly-return").param("la", la).param("quarter", "2026-Q2")
                        .header("Authorization", "Bearer " + TestTokens.token(la, "team-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.placements").value(0))
                .andExpect(jsonPath("$.total.waitingWithOrder.total").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over90DaysSinceOrder").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over18MonthsSinceEntry").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over12MonthsSinceOrder").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over18MonthsSinceOrder").value(1)));
        // at 2025-06-30 the first two are waiting after their disruption; the third is placed, the fourth placed
        mvc.perform(get("/api/reports/quarterly-return").param("la", la).param("quarter", "2025-Q2")
                        .header("Authorization", "Bearer " + TestTokens.token(la, "team-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.waitingWithOrder.total").value(2));
    }

    @Test
    void aChildBackInCareWaitsFromTheCurrentPeriodWhateverEndedTheFirst() throws Exception {
        String la = "312";
        // went home in 2023, back in care 2025-06-01, order 2025-09-01: waiting at 2026-06-30 over 90 days since the
        // order, but not 18 months since this entry nor 12 months since the order
        publish(id -> List.of(entered(id, la, "2023-01-01"), returnedHome(id, la, "2023-06-01"),
                entered(id, la, "2025-06-01"), order(id, la, "2025-09-01")));
        // matched in the first period, whose order was revoked before going home; back 2025-01-01, order 2025-03-01
        publish(id -> List.of(entered(id, la, "2022-01-01"), order(id, la, "2022-04-01"),
                matched(id, la, "2022-06-01"), revoked(id, la, "2022-09-01"), returnedHome(id, la, "2022-10-01"),
                entered(id, la, "2025-01-01"), order(id, la, "2025-03-01")));

        eventually(() -> mvc.perform(get("/api/reports/quarterly-return").param("la", la).param("quarter", "2026-Q2")
                        .header("Authorization", "Bearer " + TestTokens.token(la, "team-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.waitingWithOrder.total").value(2))
                .andExpect(jsonPath("$.total.waitingWithOrder.over90DaysSinceOrder").value(2))
                .andExpect(jsonPath("$.total.waitingWithOrder.over18MonthsSinceEntry").value(0))
                .andExpect(jsonPath("$.total.waitingWithOrder.over12MonthsSinceOrder").value(1))
                .andExpect(jsonPath("$.total.waitingWithOrder.over18MonthsSinceOrder").value(0)));
    }

    @Test
    void aQuarterThatCannotBeReadIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/reports/quarterly-return").param("la", LA).param("quarter", "2026-5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quarter"));
    }

    private void publish(java.util.function.Function<String, List<CaseEvent>> history) throws Exception {
        List<CaseEvent> events = history.apply(UUID.randomUUID().toString());
        for (int sequence = 0; sequence < events.size(); sequence++) {
            publish(events.get(sequence), sequence);
        }
    }

    private static ChildEnteredCare entered(String caseId, String on) {
        return new ChildEnteredCare(caseId, LA, "REF-" + caseId.substring(0, 8), LocalDate.parse("2023-01-01"),
                LocalDate.parse(on), LegalStatus.values()[0], NOW, "t", null);
    }

    private static ChildEnteredCare entered(String caseId, String la, String on) {
        return new ChildEnteredCare(caseId, la, "REF-" + caseId.substring(0, 8), LocalDate.parse("2023-01-01"),
                LocalDate.parse(on), LegalStatus.C2, NOW, "t", null);
    }

    private static PlacementOrderGranted order(String caseId, String la, String on) {
        return new PlacementOrderGranted(caseId, la, LocalDate.parse(on), NOW, "t", null);
    }

    private static ChildMatched matched(String caseId, String la, String on) {
        return new ChildMatched(caseId, la, LocalDate.parse(on), LocalDate.parse(on), null, NOW, "t", null);
    }

    private static ChildPlacedForAdoption placed(String caseId, String la, String on) {
        return new ChildPlacedForAdoption(caseId, la, LocalDate.parse(on), false, null, NOW, "t", null);
    }

    private static ChildReturnedHome returnedHome(String caseId, String la, String on) {
        return new ChildReturnedHome(caseId, la, LocalDate.parse(on), NOW, "t", null);
    }

    private static PlacementOrderRevoked revoked(String caseId, String la, String on) {
        return new PlacementOrderRevoked(caseId, la, LocalDate.parse(on), NOW, "t", null);
    }

    private static AdoptivePlacementDisrupted disrupted(String caseId, String la, String on) {
        return new AdoptivePlacementDisrupted(caseId, la, LocalDate.parse(on), "needs not met", NOW, "t", null);
    }

    private static AdoptionDecisionMade decision(String caseId, String on) {
        return new AdoptionDecisionMade(caseId, LA, LocalDate.parse(on), NOW, "t", null);
    }

    private static PlacementOrderGranted order(String caseId, String on) {
        return new PlacementOrderGranted(caseId, LA, LocalDate.parse(on), NOW, "t", null);
    }
}
