package uk.permanence.reporting.proceedings;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CareProceedingsExtended;
import uk.permanence.events.CareProceedingsIssued;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildBorn;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.EventVoided;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.ProceedingsDelayReason;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.events.UnbornChildTracked;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/**
 * Hand-worked: proceedings concluded from 2025-06-01 to 2026-03-31 in one council, fed as events. Six sets of
 * proceedings of five children conclude in the period; three within 26 weeks (two children), three later.
 */
class ProceedingsReportTest extends ReportingServiceTest {

    private static final String LA = "304";
    private static final Instant RECORDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LATE = Instant.parse("2026-03-01T09:00:00Z");

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static ChildEnteredCare entered(String id) {
        return new ChildEnteredCare(id, LA, id, d("2024-01-01"), d("2025-01-10"), LegalStatus.C2, RECORDED, "t", null);
    }

    private static CareProceedingsIssued issued(String id, String on) {
        return new CareProceedingsIssued(id, LA, d(on), RECORDED, "t", null);
    }

    private static CareProceedingsExtended extended(String id, String on, ProceedingsDelayReason reason) {
        return new CareProceedingsExtended(id, LA, d(on), 8, reason, RECORDED, "t", null);
    }

    private static CareProceedingsConcluded concluded(String id, String on, Instant recordedAt) {
        return new CareProceedingsConcluded(id, LA, d(on), ProceedingsOutcome.CARE_ORDER, recordedAt, "t", null);
    }

    private void publishAll(List<CaseEvent> events) throws Exception {
        for (int sequence = 0; sequence < events.size(); sequence++) {
            publish(events.get(sequence), sequence);
        }
    }

    @Test
    void eachCouncilsShareConcludedWithinTwentySixWeeksWithTheReasonsForTheRest() throws Exception {
        // A: on the last day of the 26 weeks (2025-11-30), then a second set within 26 weeks
        publishAll(List.of(entered("PR-A"), issued("PR-A", "2025-06-02"), concluded("PR-A", "2025-11-30", RECORDED),
                issued("PR-A", "2025-12-10"), concluded("PR-A", "2026-02-01", RECORDED)));
        // B: extended, concluded a day after the 26 weeks
        publishAll(List.of(entered("PR-B"), issued("PR-B", "2025-06-02"),
                extended("PR-B", "2025-11-20", ProceedingsDelayReason.EXPERT_EVIDENCE),
                concluded("PR-B", "2025-12-01", RECORDED)));
        // C: concluded late with no extension recorded (recorded before the rule, or with an override)
        publishAll(List.of(entered("PR-C"), issued("PR-C", "2025-04-01"), concluded("PR-C", "2025-12-01", RECORDED)));
        // D: concluded before the period
        publishAll(List.of(entered("PR-D"), issued("PR-D", "2025-01-06"), concluded("PR-D", "2025-05-01", RECORDED)));
        // E: tracked before birth, proceedings issued at birth, never looked after; within 26 weeks
        publishAll(List.of(new UnbornChildTracked("PR-E", LA, d("2025-05-01"), "PR-E", d("2025-07-01"), RECORDED,
                        "t", null), new ChildBorn("PR-E", LA, d("2025-06-30"), RECORDED, "t", null),
                issued("PR-E", "2025-07-01"), concluded("PR-E", "2025-10-01", RECORDED)));
        // F: two extensions for two reasons, its conclusion recorded late
        publishAll(List.of(entered("PR-F"), issued("PR-F", "2025-05-01"),
                extended("PR-F", "2025-10-20", ProceedingsDelayReason.FAMILY_OR_FRIENDS_ASSESSMENT),
                extended("PR-F", "2025-12-20", ProceedingsDelayReason.EXPERT_EVIDENCE),
                concluded("PR-F", "2026-02-10", LATE)));
        // G: its conclusion was voided, so the proceedings are still open
        publishAll(List.of(entered("PR-G"), issued("PR-G", "2025-05-01"), concluded("PR-G", "2025-08-01", RECORDED),
                new EventVoided("PR-G", LA, d("2026-01-05"), 2, "wrong child", RECORDED, "t", null)));

        eventually(() -> mvc.perform(report("2025-06-01", "2026-03-31", null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.la").value(LA))
                .andExpect(jsonPath("$.councils[0].laCode").value(LA))
                .andExpect(jsonPath("$.total.concluded.proceedings").value(6))
                .andExpect(jsonPath("$.total.concluded.children").value(5))
                .andExpect(jsonPath("$.total.within26Weeks.proceedings").value(3))
                .andExpect(jsonPath("$.total.within26Weeks.children").value(2))
                .andExpect(jsonPath("$.total.percentWithin26Weeks").value(50))
                .andExpect(jsonPath("$.total.later.proceedings").value(3))
                .andExpect(jsonPath("$.total.later.children").value(3))
                .andExpect(jsonPath("$.total.laterReasons[?(@.reason=='EXPERT_EVIDENCE')].proceedings").value(2))
                .andExpect(jsonPath("$.total.laterReasons[?(@.reason=='FAMILY_OR_FRIENDS_ASSESSMENT')].children")
                        .value(1))
                .andExpect(jsonPath("$.total.laterReasons[?(@.reason=='NO_EXTENSION_RECORDED')].proceedings")
                        .value(1))
                .andExpect(jsonPath("$.total.laterReasons[?(@.reason=='COURT_AVAILABILITY')].proceedings").value(0)));

        // as known before F's conclusion was recorded: five sets, three within 26 weeks
        mvc.perform(report("2025-06-01", "2026-03-31", "2026-02-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.concluded.proceedings").value(5))
                .andExpect(jsonPath("$.total.percentWithin26Weeks").value(60));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        mvc.perform(report("2026-04-01", "2026-03-31", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aCouncilWithNoProceedingsHasNoPercentage() throws Exception {
        mvc.perform(get("/api/reports/proceedings").param("la", "305")
                        .header("Authorization", "Bearer " + TestTokens.token("305", "team-manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.concluded.proceedings").value(0))
                .andExpect(jsonPath("$.total.percentWithin26Weeks").isEmpty());
    }

    private MockHttpServletRequestBuilder report(String from, String to, String asOf) {
        MockHttpServletRequestBuilder request = get("/api/reports/proceedings").param("la", LA).param("from", from)
                .param("to", to).header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager"));
        return asOf == null ? request : request.param("asOf", asOf);
    }
}
