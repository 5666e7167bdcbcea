package uk.permanence.journey.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * The backtest on synthetic data with a known error: an agency's past children all took 200 days from order to
 * match and 40 to placement; a later cohort takes 230 to be matched, so every projection made while they wait for
 * a match misses their placement by 30 days.
 */
class BacktestTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final Map<RemainingMilestone, Integer> NATIONAL = Map.of(RemainingMilestone.PLACEMENT_ORDER, 182,
            RemainingMilestone.MATCH, 121, RemainingMilestone.PLACEMENT, 42, RemainingMilestone.ADOPTION_ORDER, 70);

    private static List<RecordedCaseEvent> child(String id, LocalDate entered, LocalDate decided, int toOrder,
                                                 int toMatch, int toPlacement, int toAdoption) {
        LocalDate order = decided.plusDays(toOrder);
        LocalDate matched = order.plusDays(toMatch);
        LocalDate placed = matched.plusDays(toPlacement);
        List<CaseEvent> events = List.of(
                new ChildEnteredCare(id, "878", id, entered.minusYears(2), entered, LegalStatus.C2, NOW, "t", null),
                new AdoptionDecisionMade(id, "878", decided, NOW, "t", null),
                new PlacementOrderGranted(id, "878", order, NOW, "t", null),
                new ChildMatched(id, "878", matched, matched, null, NOW, "t", null),
                new ChildPlacedForAdoption(id, "878", placed, false, null, NOW, "t", null),
                new AdoptionOrderGranted(id, "878", placed.plusDays(toAdoption), NOW, "t", null));
        List<RecordedCaseEvent> history = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            history.add(new RecordedCaseEvent(id + "-" + i, i, events.get(i)));
        }
        return history;
    }

    /**
     * Twenty past children, decided from 2021-01-01 ten days apart, entered care 60 days before: order 90 days
     * later, match 200, placement 40 (A1 390 days, within 426), adoption order 180; all adopted by 2023. Ten later
     * children entered care 2023-03-21 and had an order on 2024-01-15, matched 230 days later (2024-09-01), placed
     * 40 days after (2024-10-11).
     * <p>
     * On 2024-04-01 and 2024-07-01 each later child is projected matched 2024-01-15 + 200 = 2024-08-02 and placed
     * 2024-09-11: 30 days early. On 2024-10-01 they are matched, projected placed 2024-09-01 + 40 = 2024-10-11: exact.
     * Median absolute error: 30 (twenty errors of 30, ten of 0). Their A1 last day within is 2023-03-21 + 426 =
     * 2024-05-20 (2024 is a leap year); placed after it, each went over, and each was flagged on 2024-04-01 (projected
     * A1 2023-03-21 to 2024-09-11, 540 days): 49 days ahead. No past child went over, so no false alarm.
     */
    @Test
    void aCohortSlowerThanTheAgencysPastIsProjectedThirtyDaysEarlyAndItsBreachesSeenSevenWeeksAhead() {
        List<List<RecordedCaseEvent>> histories = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            LocalDate decided = LocalDate.parse("2021-01-01").plusDays(10L * k);
            histories.add(child("past-" + k, decided.minusDays(60), decided, 90, 200, 40, 180));
        }
        for (int k = 0; k < 10; k++) {
            histories.add(child("later-" + k, LocalDate.parse("2023-03-21"), LocalDate.parse("2023-10-17"), 90, 230,
                    40, 180));
        }

        Backtest.Result result = new Backtest(3, 5, NATIONAL, 426)
                .run(histories, LocalDate.parse("2024-04-01"), LocalDate.parse("2024-10-01"),
                        LocalDate.parse("2025-06-01"));

        assertThat(result.quarters()).extracting(Backtest.Quarter::asOf).containsExactly(
                LocalDate.parse("2024-04-01"), LocalDate.parse("2024-07-01"), LocalDate.parse("2024-10-01"));
        assertThat(result.quarters()).extracting(Backtest.Quarter::medianAbsoluteErrorDays).containsExactly(30L, 30L,
                0L);
        assertThat(result.quarters()).extracting(Backtest.Quarter::childrenProjected).containsExactly(10, 10, 10);
        assertThat(result.placementsCompared()).isEqualTo(30);
        assertThat(result.medianAbsoluteErrorDays()).isEqualTo(30);
        assertThat(result.breaches()).isEqualTo(10);
        assertThat(result.breachesFlagged()).isEqualTo(10);
        assertThat(result.medianDaysFlaggedAhead()).isEqualTo(49);
        assertThat(result.falseAlarms()).isZero();
    }

    @Test
    void quartersStartOnTheFirstOfJanuaryAprilJulyAndOctober() {
        Backtest.Result result = new Backtest(3, 5, NATIONAL, 426)
                .run(List.of(), LocalDate.parse("2024-02-15"), LocalDate.parse("2024-12-31"),
                        LocalDate.parse("2025-01-01"));

        assertThat(result.quarters()).extracting(Backtest.Quarter::asOf).containsExactly(
                LocalDate.parse("2024-04-01"), LocalDate.parse("2024-07-01"), LocalDate.parse("2024-10-01"));
        assertThat(result.medianAbsoluteErrorDays()).isNull();
    }
}
