package uk.permanence.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.EventVoided;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.journey.RecordedCaseEvent;

/** One child's SSDA903 rows from the case's events, each written out by hand. */
class ReturnRowsTest {

    private static final String ID = "case-1";
    private static final String LA = "855";
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static ReturnRows.Rows rows(CaseEvent... events) {
        List<RecordedCaseEvent> history = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            history.add(new RecordedCaseEvent("e" + i, i, events[i]));
        }
        return ReturnRows.of(history);
    }

    private static List<String> written(List<ReturnRows.Episode> episodes) {
        return episodes.stream().map(e -> e.started() + " " + e.reasonNewEpisode() + " " + e.legalStatus() + " "
                + e.placement() + " " + e.ended() + " " + e.reasonEnded()).toList();
    }

    private static LocalDate on(String date) {
        return LocalDate.parse(date);
    }

    private static ChildEnteredCare entered(String date) {
        return new ChildEnteredCare(ID, LA, "R-1", on("2023-01-01"), on(date), LegalStatus.C1, NOW, "t", null);
    }

    @Test
    void aCareOrderAnOrderAndAPlacementWithTheFosterCarersOnOneDayAreOneEpisodeOfBothChanges() {
        ReturnRows.Rows rows = rows(entered("2024-01-10"),
                new CareProceedingsConcluded(ID, LA, on("2024-05-01"), ProceedingsOutcome.CARE_ORDER, NOW, "t", null),
                new AdoptionDecisionMade(ID, LA, on("2024-06-01"), NOW, "t", null),
                new PlacementOrderGranted(ID, LA, on("2024-09-01"), NOW, "t", null),
                new ChildMatched(ID, LA, on("2024-08-20"), on("2024-08-10"), "L-1", NOW, "t", null),
                new ChildPlacedForAdoption(ID, LA, on("2024-09-01"), true, on("2024-01-10"), NOW, "t", null),
                new AdoptionOrderGranted(ID, LA, on("2025-05-01"), NOW, "t", null));

        assertThat(written(rows.episodes())).containsExactly(
                "2024-01-10 S C1 null 2024-05-01 X1",
                "2024-05-01 L C2 null 2024-09-01 X1",
                "2024-09-01 B E1 A5 2025-05-01 null");
        assertThat(rows.adoptions()).containsExactly(new ReturnRows.Adoption("R-1", on("2023-01-01"),
                on("2025-05-01"), on("2024-06-01"), on("2024-08-20"), "1"));
        assertThat(rows.decisions()).containsExactly(new ReturnRows.PlacedAdoption("R-1", on("2023-01-01"),
                on("2024-06-01"), null, null, on("2025-05-01")));
    }

    @Test
    void aDisruptedPlacementsMatchAndCarersGiveWayToTheNextAndAVoidedAdoptionOrderIsNoAdoption() {
        ReturnRows.Rows rows = rows(entered("2024-01-10"),
                new AdoptionDecisionMade(ID, LA, on("2024-02-01"), NOW, "t", null),
                new PlacementOrderGranted(ID, LA, on("2024-04-01"), NOW, "t", null),
                new ChildMatched(ID, LA, on("2024-05-01"), on("2024-04-20"), "L-1", NOW, "t", null),
                new ChildPlacedForAdoption(ID, LA, on("2024-06-01"), true, on("2024-01-10"), NOW, "t", null),
                new AdoptivePlacementDisrupted(ID, LA, on("2024-08-01"), "carers ill", NOW, "t", null),
                new ChildMatched(ID, LA, on("2024-10-01"), on("2024-09-20"), "L-2", NOW, "t", null),
                new ChildPlacedForAdoption(ID, LA, on("2024-11-01"), false, null, NOW, "t", null),
                new AdoptionOrderGranted(ID, LA, on("2025-06-01"), NOW, "t", null),
                new AdoptionOrderGranted(ID, LA, on("2025-07-01"), NOW, "t", null),
                new EventVoided(ID, LA, on("2025-07-02"), 8, "recorded twice", NOW, "t", null));

        assertThat(written(rows.episodes())).containsExactly(
                "2024-01-10 S C1 null 2024-04-01 X1",
                "2024-04-01 L E1 null 2024-06-01 X1",
                "2024-06-01 U E1 A5 2024-08-01 X1",
                "2024-08-01 P E1 null 2024-11-01 X1",
                "2024-11-01 P E1 A6 2025-07-01 null");
        assertThat(rows.adoptions()).extracting(a -> a.adoptedOn() + " " + a.matchedOn() + " " + a.fosterCare())
                .containsExactly("2025-07-01 2024-10-01 0");
    }

    @Test
    void aRevokedOrderRestoresTheCareOrderAndAChildBackInCareStartsANewPeriodWithoutTheOldDecision() {
        ReturnRows.Rows rows = rows(entered("2022-01-10"),
                new AdoptionDecisionMade(ID, LA, on("2022-03-01"), NOW, "t", null),
                new PlacementOrderGranted(ID, LA, on("2022-05-01"), NOW, "t", null),
                new PlacementOrderRevoked(ID, LA, on("2022-09-01"), NOW, "t", null),
                new ChildReturnedHome(ID, LA, on("2022-10-01"), NOW, "t", null),
                entered("2024-02-01"));

        assertThat(written(rows.episodes())).containsExactly(
                "2022-01-10 S C1 null 2022-05-01 X1",
                "2022-05-01 L E1 null 2022-09-01 X1",
                "2022-09-01 L C2 null 2022-10-01 null",
                "2024-02-01 S C1 null null null");
        assertThat(rows.decisions()).containsExactly(new ReturnRows.PlacedAdoption("R-1", on("2023-01-01"),
                on("2022-03-01"), null, null, on("2022-10-01")));
        assertThat(rows.adoptions()).isEmpty();
    }
}
