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
import uk.permanence.events.ChildCharacteristicsRecorded;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * Projections on a hand-made history: five adopted children of an agency whose stages took known times, and
 * children waiting, whose milestones ahead are worked out by hand below.
 */
class JourneyProjectorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    private static final Map<RemainingMilestone, Integer> NATIONAL = Map.of(RemainingMilestone.PLACEMENT_ORDER, 182,
            RemainingMilestone.MATCH, 121, RemainingMilestone.PLACEMENT, 42, RemainingMilestone.ADOPTION_ORDER, 70);

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static CaseJourney journey(CaseEvent... events) {
        List<RecordedCaseEvent> history = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            history.add(new RecordedCaseEvent("e" + i, i, events[i]));
        }
        return CaseJourney.of(history);
    }

    /**
     * Five children aged 1 on entering care (2023-06-01, born 2022-01-01), not in sibling groups, each decided on
     * 2024-01-01, whose stages took: ADM to order 60, 70, 80, 90, 100 days (median 80); order to match 100, 150, 200,
     * 250, 300 (median 200); match to placement 20, 30, 40, 50, 60 (median 40); placement to adoption order 150,
     * 160, 170, 180, 190 (median 170). The last adoption order is 650 days after 2024-01-01, 2025-10-12: every
     * stage ended within three years of today.
     */
    private static List<StageDuration> history() {
        List<StageDuration> durations = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            LocalDate adm = d("2024-01-01");
            LocalDate order = adm.plusDays(60 + 10 * k);
            LocalDate matched = order.plusDays(100 + 50 * k);
            LocalDate placed = matched.plusDays(20 + 10 * k);
            LocalDate adopted = placed.plusDays(150 + 10 * k);
            String id = "adopted-" + k;
            durations.addAll(StageDuration.of(journey(
                    new ChildEnteredCare(id, "895", "R", d("2022-01-01"), d("2023-06-01"), LegalStatus.C2, NOW, "t",
                            null),
                    new AdoptionDecisionMade(id, "895", adm, NOW, "t", null),
                    new PlacementOrderGranted(id, "895", order, NOW, "t", null),
                    new ChildMatched(id, "895", matched, matched, null, NOW, "t", null),
                    new ChildPlacedForAdoption(id, "895", placed, false, null, NOW, "t", null),
                    new AdoptionOrderGranted(id, "895", adopted, NOW, "t", null))));
        }
        return durations;
    }

    private static StageSample sample(List<StageDuration> durations) {
        return new StageSample(durations, TODAY, 3, 5, NATIONAL);
    }

    @Test
    void everyStageOfAnAdoptedChildIsADuration() {
        List<StageDuration> durations = history();

        assertThat(durations).hasSize(20);
        assertThat(durations).filteredOn(duration -> duration.milestone() == RemainingMilestone.MATCH)
                .extracting(StageDuration::days).containsExactly(100L, 150L, 200L, 250L, 300L);
        assertThat(durations).allMatch(duration -> duration.ageBand() == AgeBand.ONE_TO_FOUR
                && !duration.siblingGroup());
    }

    /**
     * Entered care 2025-01-10 aged 1, decided 2025-06-01, placement order 2025-10-01, waiting on 2026-03-01.
     * Match: 2025-10-01 + 200 = 2026-04-19. Placement: + 40 = 2026-05-29. Adoption order: + 170 = 2026-11-15.
     * A1 at placement: 2025-01-10 to 2026-05-29 = 365 + 139 = 504 days, over 426: breached, the threshold's last day
     * 2025-01-10 + 426 = 2026-03-12. A2: 2025-10-01 to 2026-04-19 = 200 days, over 121, but its last day
     * (2026-01-30) is past: no longer a projection.
     */
    @Test
    void aChildWaitingWithAnOrderIsProjectedByTheMediansOfTheirOwnGroup() {
        CaseJourney waiting = journey(
                new ChildEnteredCare("w", "895", "W", d("2023-05-01"), d("2025-01-10"), LegalStatus.C2, NOW, "t",
                        null),
                new AdoptionDecisionMade("w", "895", d("2025-06-01"), NOW, "t", null),
                new PlacementOrderGranted("w", "895", d("2025-10-01"), NOW, "t", null));

        Projection projection = JourneyProjector.project(waiting, TODAY, sample(history())).orElseThrow();

        assertThat(projection.milestones()).extracting(Projection.MilestoneDate::milestone)
                .containsExactly(RemainingMilestone.MATCH, RemainingMilestone.PLACEMENT,
                        RemainingMilestone.ADOPTION_ORDER);
        assertThat(projection.projected(RemainingMilestone.MATCH)).contains(d("2026-04-19"));
        assertThat(projection.projected(RemainingMilestone.PLACEMENT)).contains(d("2026-05-29"));
        assertThat(projection.projected(RemainingMilestone.ADOPTION_ORDER)).contains(d("2026-11-15"));
        assertThat(projection.milestones().get(0).basis())
                .isEqualTo(new StageSample.Basis(200, 5, "ONE_TO_FOUR, not in a sibling group"));
        assertThat(projection.a1().days()).isEqualTo(504);
        assertThat(projection.a10().days()).isEqualTo(504);
        assertThat(projection.a2().days()).isEqualTo(200);
        assertThat(projection.entryToPlacementBreach(426, TODAY)).contains(
                new Projection.Breach(d("2025-01-10"), d("2026-03-12"), d("2026-05-29")));
        assertThat(projection.orderToMatchBreach(121, TODAY)).isEmpty();
        assertThat(projection.orderToMatchBreach(121, d("2026-01-30"))).isPresent();
    }

    /**
     * A child in a sibling group aged 6 on entering care: no sibling-group child of that band, nor any child of
     * that band, so all children's medians; decided 2026-01-01 with no order yet: order 2026-01-01 + 80 = 2026-03-22,
     * match + 200 = 2026-10-08, placement + 40 = 2026-11-17, adoption order + 170 = 2027-05-06.
     */
    @Test
    void tooFewChildrenInTheGroupWidensItToTheAgeBandThenToAllChildren() {
        CaseJourney waiting = journey(
                new ChildEnteredCare("s", "895", "S", d("2019-03-01"), d("2025-04-01"), LegalStatus.C2, NOW, "t",
                        null),
                new ChildCharacteristicsRecorded("s", "895", d("2025-04-02"), true, 3, false, null, NOW, "t", null),
                new AdoptionDecisionMade("s", "895", d("2026-01-01"), NOW, "t", null));

        Projection projection = JourneyProjector.project(waiting, TODAY, sample(history())).orElseThrow();

        assertThat(projection.milestones()).extracting(date -> date.basis().group()).containsOnly("all children");
        assertThat(projection.projected(RemainingMilestone.PLACEMENT_ORDER)).contains(d("2026-03-22"));
        assertThat(projection.projected(RemainingMilestone.MATCH)).contains(d("2026-10-08"));
        assertThat(projection.projected(RemainingMilestone.PLACEMENT)).contains(d("2026-11-17"));
        assertThat(projection.projected(RemainingMilestone.ADOPTION_ORDER)).contains(d("2027-05-06"));
    }

    /**
     * With fewer than five children at each stage, the national timescales: decided 2026-02-01, order
     * 2026-02-01 + 182 = 2026-08-02, match + 121 = 2026-12-01, placement + 42 = 2027-01-12, order + 70 = 2027-03-23.
     * A stage already longer than its median ends today at the earliest: with a match median of 0 the match is
     * today, not in the past.
     */
    @Test
    void tooFewChildrenAltogetherFallsBackToTheNationalTimescalesAndNothingIsProjectedInThePast() {
        CaseJourney waiting = journey(
                new ChildEnteredCare("n", "895", "N", d("2024-03-01"), d("2025-09-01"), LegalStatus.C2, NOW, "t",
                        null),
                new AdoptionDecisionMade("n", "895", d("2026-02-01"), NOW, "t", null));
        List<StageDuration> four = history().stream().filter(duration -> duration.days() != 300 && duration.days()
                != 100 && duration.days() != 60 && duration.days() != 20 && duration.days() != 150).toList();

        Projection projection = JourneyProjector.project(waiting, TODAY, sample(four)).orElseThrow();

        assertThat(projection.milestones()).extracting(date -> date.basis().sampleSize()).containsOnly(0);
        assertThat(projection.milestones()).extracting(Projection.MilestoneDate::projectedOn)
                .containsExactly(d("2026-08-02"), d("2026-12-01"), d("2027-01-12"), d("2027-03-23"));

        StageSample instant = new StageSample(List.of(), TODAY, 3, 5, Map.of(RemainingMilestone.PLACEMENT_ORDER, 0,
                RemainingMilestone.MATCH, 0, RemainingMilestone.PLACEMENT, 0, RemainingMilestone.ADOPTION_ORDER, 0));
        assertThat(JourneyProjector.project(waiting, TODAY, instant).orElseThrow().milestones())
                .extracting(Projection.MilestoneDate::projectedOn).containsOnly(TODAY);
    }

    @Test
    void stagesThatEndedMoreThanThreeYearsAgoOrAfterTodayAreLeftOut() {
        List<StageDuration> durations = history();

        assertThat(new StageSample(durations, d("2027-06-01"), 3, 1, NATIONAL)
                .basis(RemainingMilestone.MATCH, AgeBand.ONE_TO_FOUR, false).sampleSize()).isEqualTo(5);
        // the last match was 2024-01-01 + 100 + 300 days, 2025-02-04; the first 2024-01-01 + 60 + 100, 2024-06-09
        assertThat(new StageSample(durations, d("2028-02-05"), 3, 1, NATIONAL)
                .basis(RemainingMilestone.MATCH, AgeBand.ONE_TO_FOUR, false).sampleSize()).isEqualTo(0);
        assertThat(new StageSample(durations, d("2024-01-01"), 3, 1, NATIONAL)
                .basis(RemainingMilestone.MATCH, AgeBand.ONE_TO_FOUR, false).sampleSize()).isEqualTo(0);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValuesHalvesUp() {
        assertThat(StageSample.median(List.of(10L, 1L, 4L, 3L))).isEqualTo(4);
        assertThat(StageSample.median(List.of(7L, 1L, 3L))).isEqualTo(3);
    }
}
