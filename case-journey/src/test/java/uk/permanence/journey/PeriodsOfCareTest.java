package uk.permanence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** A child who leaves care and comes back starts a new period of care; the journey keeps every period. */
class PeriodsOfCareTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static ChildEnteredCare entered(String on) {
        return new ChildEnteredCare("c", "825", "R", d("2022-01-01"), d(on), LegalStatus.C2, NOW, "t", null);
    }

    private static CaseJourney journey(CaseEvent... events) {
        List<RecordedCaseEvent> history = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            history.add(new RecordedCaseEvent("e" + i, i, events[i]));
        }
        return CaseJourney.of(history);
    }

    @Test
    void aReturnToCareStartsTheJourneyAgainAndKeepsThePeriodThatEnded() {
        CaseJourney journey = journey(entered("2023-01-10"),
                new AdoptionDecisionMade("c", "825", d("2023-05-01"), NOW, "t", null),
                new PlacementOrderGranted("c", "825", d("2023-08-01"), NOW, "t", null),
                new ChildReturnedHome("c", "825", d("2024-02-01"), NOW, "t", null),
                entered("2024-09-01"));

        assertThat(journey.closed()).isFalse();
        assertThat(journey.stage()).isEqualTo(Stage.IN_CARE);
        assertThat(journey.enteredCareOn()).isEqualTo(d("2024-09-01"));
        assertThat(journey.placementOrderInForce()).isFalse();
        assertThat(journey.placementOrderOn()).isNull();
        assertThat(journey.reviewsHeld()).isZero();
        assertThat(journey.periodsOfCare()).extracting(CarePeriod::enteredCareOn, CarePeriod::closedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2023-01-10"), d("2024-02-01")),
                        org.assertj.core.groups.Tuple.tuple(d("2024-09-01"), null));
        assertThat(journey.periodsOfCare().get(0).placementOrderOn()).isEqualTo(d("2023-08-01"));
        assertThat(journey.periodEndedInAdoption()).isEmpty();
    }

    @Test
    void theAdoptionMeasuresUseThePeriodThatEndedInAdoption() {
        CaseJourney journey = journey(entered("2023-01-10"),
                new AdoptionDecisionMade("c", "825", d("2023-05-02"), NOW, "t", null),
                new PlacementOrderGranted("c", "825", d("2023-09-01"), NOW, "t", null),
                new ChildMatched("c", "825", d("2024-01-15"), d("2024-01-15"), null, NOW, "t", null),
                new ChildPlacedForAdoption("c", "825", d("2024-02-01"), false, null, NOW, "t", null),
                new AdoptionOrderGranted("c", "825", d("2024-06-20"), NOW, "t", null),
                entered("2026-01-05"));

        CarePeriod adopted = journey.periodEndedInAdoption().orElseThrow();
        assertThat(adopted.enteredCareOn()).isEqualTo(d("2023-01-10"));
        assertThat(adopted.placedOn()).isEqualTo(d("2024-02-01"));
        assertThat(adopted.closedOn()).isEqualTo(d("2024-06-20"));
        assertThat(journey.enteredCareOn()).isEqualTo(d("2026-01-05"));
        assertThat(journey.placedOn()).isNull();
    }
}
