package uk.permanence.reporting.dataquality;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.permanence.testing.Eventually.eventually;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.UnbornChildTracked;
import uk.permanence.reporting.ReportingServiceTest;

/**
 * Recording lag and missing 903 dates for council 867 in April and May 2026, over two hand-worked cases; and for
 * 868, a milestone recorded through the API beside one imported from an SSDA903 return.
 */
class DataQualityTest extends ReportingServiceTest {

    private static final String LA = "867";
    private static final String IMPORTING_LA = "868";


    @Test
    void measuresHowLateMilestonesAreRecordedAndWhichChildrenLackA903Date() throws Exception {
        // placed on 1 May, recorded 45 days later, with no ADM decision and no match on record
        String placed = opened();
        publish(new ChildPlacedForAdoption(placed, LA, LocalDate.parse("2026-05-01"), false, null,
                Instant.parse("2026-06-15T10:00:00Z"), "t", null), 1);
        // an ADM decision recorded two days after it was made
        String decided = opened();
        publish(new AdoptionDecisionMade(decided, LA, LocalDate.parse("2026-05-01"),
                Instant.parse("2026-05-03T16:00:00Z"), "t", null), 1);

        eventually(() -> mvc.perform(get("/api/reports/data-quality").param("la", LA)
                        .param("from", "2026-04-01").param("to", "2026-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordingLag.byCouncil[0].key").value(LA))
                .andExpect(jsonPath("$.recordingLag.byCouncil[0].milestones").value(2))
                .andExpect(jsonPath("$.recordingLag.byCouncil[0].medianDays").value(23.5))
                .andExpect(jsonPath("$.recordingLag.byCouncil[0].recordedLate").value(1))
                .andExpect(jsonPath("$.recordingLag.byEventType[?(@.key == 'ChildPlacedForAdoption')].medianDays")
                        .value(45.0))
                .andExpect(jsonPath("$.missingFor903.childrenOnAdoptionPathway").value(2))
                .andExpect(jsonPath("$.missingFor903.childrenWithGaps").value(1))
                .andExpect(jsonPath("$.missingFor903.withoutAdoptionDecision").value(1))
                .andExpect(jsonPath("$.missingFor903.placedWithoutMatch").value(1))
                .andExpect(jsonPath("$.missingFor903.adoptedWithoutPlacement").value(0)));
    }

    /** An imported milestone was recorded when imported, years after the fact: the recording lag leaves it out. */
    @Test
    void leavesOutOfTheRecordingLagTheMilestonesImportedFromAnSsda903Return() throws Exception {
        String recorded = opened(IMPORTING_LA);
        publish(new AdoptionDecisionMade(recorded, IMPORTING_LA, LocalDate.parse("2024-05-01"),
                Instant.parse("2024-05-03T16:00:00Z"), "t", null), 1);
        String imported = opened(IMPORTING_LA);
        publishImported(new AdoptionDecisionMade(imported, IMPORTING_LA, LocalDate.parse("2024-05-10"),
                Instant.parse("2026-06-15T10:00:00Z"), "t", null), 1, "2024-25 placed_adoption.csv line 2");

        eventually(() -> mvc.perform(get("/api/reports/data-quality").param("la", IMPORTING_LA)
                        .param("from", "2024-04-01").param("to", "2024-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordingLag.byCouncil[0].milestones").value(1))
                .andExpect(jsonPath("$.recordingLag.byCouncil[0].medianDays").value(2.0))
                .andExpect(jsonPath("$.missingFor903.childrenOnAdoptionPathway").value(2)));
    }

    /** A case opened (as an unborn child, so that no child enters care in 867) before the period. */
    private String opened() throws Exception {
        return opened(LA);
    }

    private String opened(String la) throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(new UnbornChildTracked(caseId, la, LocalDate.parse("2025-01-01"), "DQ-" + caseId,
                LocalDate.parse("2025-03-01"), Instant.parse("2025-01-01T12:00:00Z"), "t", null), 0);
        return caseId;
    }

}
