package uk.permanence.reporting.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.ReportingServiceTest;
import uk.permanence.testing.TestTokens;

/**
 * A board paper written on 15 April 2026 from the figures known then, reproduced after a late-recorded adoption
 * order (recorded in June) and a match date corrected in May have changed the latest figures.
 */
class AsOfTest extends ReportingServiceTest {

    private static final String LA = "301";
    private static final String BOARD_PAPER_DAY = "2026-04-15";
    private static final String SCORECARD = "/api/reports/scorecard?from=2024-04-01&to=2026-03-31";

    private static boolean published;

    @BeforeAll
    static void reset() {
        published = false;
    }

    private void publishOnce() throws Exception {
        if (published) {
            return;
        }
        published = true;
        String first = "ASOF-1";
        List<CaseEvent> firstChild = List.of(
                new ChildEnteredCare(first, LA, first, d("2023-01-01"), d("2024-01-10"), LegalStatus.C2,
                        at("2024-01-12"), "t", null),
                new AdoptionDecisionMade(first, LA, d("2024-05-01"), at("2024-05-02"), "t", null),
                new PlacementOrderGranted(first, LA, d("2024-09-01"), at("2024-09-03"), "t", null),
                new ChildMatched(first, LA, d("2025-07-01"), d("2025-07-01"), null, at("2025-07-02"), "t", null),
                new ChildPlacedForAdoption(first, LA, d("2025-08-01"), false, null, at("2025-08-02"), "t", null),
                new AdoptionOrderGranted(first, LA, d("2026-01-15"), at("2026-01-20"), "t", null),
                new EventCorrected(first, LA, d("2026-05-01"), 3, "matchedOn", "2025-06-01", "panel date misread",
                        at("2026-05-01"), "t", null));
        String second = "ASOF-2";
        List<CaseEvent> secondChild = List.of(
                new ChildEnteredCare(second, LA, second, d("2023-01-01"), d("2024-03-01"), LegalStatus.C2,
                        at("2024-03-02"), "t", null),
                new AdoptionDecisionMade(second, LA, d("2024-06-01"), at("2024-06-02"), "t", null),
                new PlacementOrderGranted(second, LA, d("2024-10-01"), at("2024-10-02"), "t", null),
                new ChildMatched(second, LA, d("2025-04-02"), d("2025-04-02"), null, at("2025-04-03"), "t", null),
                new ChildPlacedForAdoption(second, LA, d("2025-05-01"), false, null, at("2025-05-02"), "t", null),
                new AdoptionOrderGranted(second, LA, d("2026-02-01"), at("2026-06-01"), "t", null));
        for (int sequence = 0; sequence < firstChild.size(); sequence++) {
            publish(firstChild.get(sequence), sequence);
            if (sequence < secondChild.size()) {
                publish(secondChild.get(sequence), sequence);
            }
        }
    }

    @Test
    void theScorecardAsKnownOnTheBoardPaperDayLeavesOutWhatWasRecordedLater() throws Exception {
        publishOnce();
        eventually(() -> mvc.perform(report(SCORECARD))
                .andExpect(jsonPath("$.a2.children").value(2))
                .andExpect(jsonPath("$.a2.mean").value(228)));

        mvc.perform(report(SCORECARD + "&asOf=" + BOARD_PAPER_DAY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2026-04-15T23:59:59.999999Z"))
                .andExpect(jsonPath("$.a2.children").value(1))
                .andExpect(jsonPath("$.a2.mean").value(303));
        mvc.perform(report(SCORECARD + "&asOf=2026-05-01T12:00:00Z"))
                .andExpect(jsonPath("$.a2.children").value(1))
                .andExpect(jsonPath("$.a2.mean").value(273));
    }

    @Test
    void theQuarterlyReturnAsKnownOnTheBoardPaperDayCountsOnlyTheOrdersRecordedByThen() throws Exception {
        publishOnce();
        String quarter = "/api/reports/quarterly-return?quarter=2026-Q1";
        eventually(() -> mvc.perform(report(quarter)).andExpect(jsonPath("$.total.adoptionOrders").value(2)));

        mvc.perform(report(quarter + "&asOf=" + BOARD_PAPER_DAY))
                .andExpect(jsonPath("$.total.adoptionOrders").value(1));
        mvc.perform(report("/api/reports/quarterly-return?quarter=2024-Q1&asOf=2024-01-11"))
                .andExpect(jsonPath("$.total.adoptionOrders").value(0));
    }

    @Test
    void aRebuildReproducesEveryVersionAsKnownOverTime() throws Exception {
        publishOnce();
        eventually(() -> mvc.perform(report(SCORECARD)).andExpect(jsonPath("$.a2.mean").value(228)));
        String before = mvc.perform(get("/admin/checksum")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        mvc.perform(post("/admin/rebuild")).andExpect(status().isOk());

        assertThat(mvc.perform(get("/admin/checksum")).andReturn().getResponse().getContentAsString())
                .isEqualTo(before);
        mvc.perform(report(SCORECARD + "&asOf=" + BOARD_PAPER_DAY)).andExpect(jsonPath("$.a2.mean").value(303));
    }

    @Test
    void anAsOfThatIsNotADateOrAnInstantIsRefusedNamingTheField() throws Exception {
        mvc.perform(report(SCORECARD + "&asOf=last-easter"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    private static MockHttpServletRequestBuilder report(String path) {
        return get(path + "&la=" + LA).header("Authorization", "Bearer " + TestTokens.token(LA, "team-manager"));
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }
}
