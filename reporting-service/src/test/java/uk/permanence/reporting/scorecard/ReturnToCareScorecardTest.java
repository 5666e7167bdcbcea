package uk.permanence.reporting.scorecard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/**
 * Children who came back into care, fed as events: A1 counts from the start of the period of care that ended in
 * adoption. R1 returned home and came back, then was adopted (A1 = 2025-02-03 - 2024-09-02 = 154 days; A2 from
 * the second period's order, 2024-12-02 to 2025-01-15 = 44 days, not the first period's order). R2 was adopted and later came back into care: still
 * measured in the period that ended in adoption (2024-02-01 - 2023-01-10 = 387 days).
 */
class ReturnToCareScorecardTest extends ReportingServiceTest {

    private static final String LA = "307";
    private static final Instant RECORDED = Instant.parse("2026-04-10T09:00:00Z");

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static ChildEnteredCare entered(String id, String on) {
        return new ChildEnteredCare(id, LA, id, d("2021-01-01"), d(on), LegalStatus.C2, RECORDED, "t", null);
    }

    @Test
    void aOneCountsFromThePeriodOfCareThatEndedInAdoption() throws Exception {
        publishAll(List.of(entered("RC-1", "2023-03-01"),
                new AdoptionDecisionMade("RC-1", LA, d("2023-06-01"), RECORDED, "t", null),
                new PlacementOrderGranted("RC-1", LA, d("2023-09-01"), RECORDED, "t", null),
                new ChildReturnedHome("RC-1", LA, d("2024-01-10"), RECORDED, "t", null),
                entered("RC-1", "2024-09-02"),
                new AdoptionDecisionMade("RC-1", LA, d("2024-10-01"), RECORDED, "t", null),
                new PlacementOrderGranted("RC-1", LA, d("2024-12-02"), RECORDED, "t", null),
                new ChildMatched("RC-1", LA, d("2025-01-15"), d("2025-01-15"), null, RECORDED, "t", null),
                new ChildPlacedForAdoption("RC-1", LA, d("2025-02-03"), false, null, RECORDED, "t", null),
                new AdoptionOrderGranted("RC-1", LA, d("2025-07-01"), RECORDED, "t", null)));
        publishAll(List.of(entered("RC-2", "2023-01-10"),
                new AdoptionDecisionMade("RC-2", LA, d("2023-05-02"), RECORDED, "t", null),
                new PlacementOrderGranted("RC-2", LA, d("2023-09-01"), RECORDED, "t", null),
                new ChildMatched("RC-2", LA, d("2024-01-15"), d("2024-01-15"), null, RECORDED, "t", null),
                new ChildPlacedForAdoption("RC-2", LA, d("2024-02-01"), false, null, RECORDED, "t", null),
                new AdoptionOrderGranted("RC-2", LA, d("2024-06-20"), RECORDED, "t", null),
                entered("RC-2", "2026-01-05")));

        eventually(() -> mvc.perform(get("/api/reports/scorecard").param("la", LA)
                        .param("from", "2023-04-01").param("to", "2026-03-31")
                        .header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a1.children").value(2))
                .andExpect(jsonPath("$.a1.mean").value(271))
                .andExpect(jsonPath("$.a2.children").value(2))
                .andExpect(jsonPath("$.a2.mean").value(90)));
    }

    private void publishAll(List<CaseEvent> events) throws Exception {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            publish(events.get(sequence), sequence);
        }
    }
}
