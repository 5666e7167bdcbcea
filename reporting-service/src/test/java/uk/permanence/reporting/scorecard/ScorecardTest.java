package uk.permanence.reporting.scorecard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/** The worked example fed as events through a real broker, cases interleaved, into the scorecard. */
class ScorecardTest extends ReportingServiceTest {

    static final Instant RECORDED = Instant.parse("2026-04-10T09:00:00Z");


    static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    /** One child's events, in order; null dates leave a milestone out. */
    static List<CaseEvent> child(String id, String entered, String earlyPermanence, String adm, String order,
                                 String matched, String placed, String disrupted, String adopted) {
        String la = "825";
        List<CaseEvent> events = new ArrayList<>();
        events.add(new ChildEnteredCare(id, la, id, d("2021-01-01"), d(entered), LegalStatus.C2, RECORDED, "t", null));
        if (earlyPermanence != null) {
            events.add(new EarlyPermanencePlacementStarted(id, la, d(earlyPermanence),
                    EarlyPermanenceType.FOSTERING_FOR_ADOPTION, RECORDED, "t", null));
        }
        events.add(new AdoptionDecisionMade(id, la, d(adm), RECORDED, "t", null));
        if (order != null) {
            events.add(new PlacementOrderGranted(id, la, d(order), RECORDED, "t", null));
        }
        events.add(new ChildMatched(id, la, d(matched), d(matched), null, RECORDED, "t", null));
        events.add(new ChildPlacedForAdoption(id, la, d(placed), earlyPermanence != null, d(earlyPermanence),
                RECORDED, "t", null));
        if (disrupted != null) {
            events.add(new AdoptivePlacementDisrupted(id, la, d(disrupted), "ended", RECORDED, "t", null));
        }
        if (adopted != null) {
            events.add(new AdoptionOrderGranted(id, la, d(adopted), RECORDED, "t", null));
        }
        return events;
    }

    @Test
    void theWorkedExampleScorecard() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8) + "-";
        List<List<CaseEvent>> children = List.of(
                child(run + "A", "2023-01-10", null, "2023-05-02", "2023-09-01", "2024-01-15", "2024-02-01", null,
                        "2024-06-20"),
                child(run + "B", "2023-03-01", "2023-03-05", "2023-05-01", "2023-08-15", "2023-09-20", "2023-09-25",
                        null, "2024-01-10"),
                child(run + "C", "2022-06-01", null, "2022-11-01", "2023-02-01", "2023-01-10", "2023-02-20", null,
                        "2023-07-03"),
                child(run + "D", "2024-01-05", null, "2024-03-01", null, "2024-06-03", "2024-06-17", null,
                        "2024-12-02"),
                child(run + "E", "2021-05-04", null, "2021-11-15", "2022-03-01", "2023-05-02", "2023-05-22", null,
                        "2023-11-13"),
                child(run + "F", "2024-02-01", null, "2024-05-01", "2024-07-01", "2024-11-01", "2024-12-01", null,
                        "2026-04-02"),
                child(run + "G", "2023-06-01", null, "2023-09-01", "2023-12-01", "2024-03-01", "2024-04-01",
                        "2024-07-15", null));
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        Collections.reverse(order);
        for (int step = 0; step < 8; step++) {
            for (int c : order) {
                if (step < children.get(c).size()) {
                    CaseEvent event = children.get(c).get(step);
                    publish(event, step);
                }
            }
        }

        eventually(() -> mvc.perform(get("/api/reports/scorecard").param("la", "825")
                        .param("from", "2023-04-01").param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a1.mean").value(354))
                .andExpect(jsonPath("$.a1.median").value(264.0))
                .andExpect(jsonPath("$.a1.children").value(5))
                .andExpect(jsonPath("$.a1.threshold").value(426))
                .andExpect(jsonPath("$.a1.met").value(true))
                .andExpect(jsonPath("$.a10.mean").value(313))
                .andExpect(jsonPath("$.a2.mean").value(150))
                .andExpect(jsonPath("$.a2.median").value(86.0))
                .andExpect(jsonPath("$.a2.children").value(4))
                .andExpect(jsonPath("$.a2.met").value(false))
                .andExpect(jsonPath("$.a3.percent").value(80))
                .andExpect(jsonPath("$.a3.children").value(5))
                .andExpect(jsonPath("$.a3.smallNumber").value(false))
                .andExpect(jsonPath("$.a2.smallNumber").value(true))
                .andExpect(jsonPath("$.a2MatchTakenFromPlacement").value(0)));
    }

    @Test
    void anAdoptedChildPlacedWithoutARecordedMatchIsCountedWithThePlacementDateAsTheMatch() throws Exception {
        String la = "312";
        String earlyPermanence = UUID.randomUUID().toString();
        // recorded before a placement needed a match: early permanence from 2023-03-05, order 2023-08-15, placed
        // with the same carers 2023-09-25 (A2 41 days, the placement standing for the match), adopted 2024-01-10
        List<CaseEvent> noMatch = List.of(
                new ChildEnteredCare(earlyPermanence, la, "EP-1", d("2023-02-20"), d("2023-03-01"), LegalStatus.C2,
                        RECORDED, "t", null),
                new EarlyPermanencePlacementStarted(earlyPermanence, la, d("2023-03-05"),
                        EarlyPermanenceType.FOSTERING_FOR_ADOPTION, RECORDED, "t", null),
                new AdoptionDecisionMade(earlyPermanence, la, d("2023-05-01"), RECORDED, "t", null),
                new PlacementOrderGranted(earlyPermanence, la, d("2023-08-15"), RECORDED, "t", null),
                new ChildPlacedForAdoption(earlyPermanence, la, d("2023-09-25"), true, d("2023-03-05"), RECORDED, "t",
                        "recorded before the rule"),
                new AdoptionOrderGranted(earlyPermanence, la, d("2024-01-10"), RECORDED, "t", null));
        for (int sequence = 0; sequence < noMatch.size(); sequence++) {
            publish(noMatch.get(sequence), sequence);
        }

        eventually(() -> mvc.perform(asCouncil(la, get("/api/reports/scorecard").param("la", la)
                        .param("from", "2023-04-01").param("to", "2026-03-31")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a1.children").value(1))
                .andExpect(jsonPath("$.a1.smallNumber").value(true))
                .andExpect(jsonPath("$.a2.mean").value(41))
                .andExpect(jsonPath("$.a2.children").value(1))
                .andExpect(jsonPath("$.a2MatchTakenFromPlacement").value(1))
                .andExpect(jsonPath("$.a3PlacedWithinMonths").value(14))
                .andExpect(jsonPath("$.splits.earlyPermanence.a2.mean").value(41)));
        mvc.perform(asCouncil(la, get("/api/reports/cohorts").param("la", la).param("from", "2023-04-01")
                        .param("to", "2024-03-31")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placementOrders.children").value(1))
                .andExpect(jsonPath("$.placementOrders.matched").value(1))
                .andExpect(jsonPath("$.placementOrders.stillWaiting").value(0))
                .andExpect(jsonPath("$.placementOrders.daysFromOrderToMatch.mean").value(41))
                .andExpect(jsonPath("$.placementOrders.daysFromOrderToMatch.children").value(1))
                .andExpect(jsonPath("$.placementOrders.daysFromOrderToMatch.smallNumber").value(true));
        mvc.perform(asCouncil(la, get("/api/reports/run-charts").param("la", la).param("from", "2023-01")
                        .param("to", "2023-12")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.charts[1].measure").value("a2"))
                .andExpect(jsonPath("$.charts[1].points[8].median").value(41.0))
                .andExpect(jsonPath("$.charts[1].points[8].children").value(1))
                .andExpect(jsonPath("$.charts[1].points[8].smallNumber").value(true));
    }

    static MockHttpServletRequestBuilder asCouncil(String la, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TestTokens.token(la, "team-manager"));
    }

    @Test
    void theScopeMustBeOneCouncilOrOneRaa() throws Exception {
        mvc.perform(get("/api/reports/scorecard")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("la"));
        mvc.perform(get("/api/reports/scorecard").param("raa", "nowhere")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("raa"));
        mvc.perform(get("/api/reports/scorecard").param("raa", "adopt-thames-valley")).andExpect(status().isOk())
                .andExpect(jsonPath("$.a1.threshold").isNumber());
    }
}
