package uk.permanence.tracking.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.events.AdopterAgency;
import uk.permanence.events.AdoptersLinked;
import uk.permanence.events.AdoptionApplicationMade;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CareProceedingsExtended;
import uk.permanence.events.CareProceedingsIssued;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildBorn;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementConsentKind;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.ProceedingsDelayReason;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.StatutoryReviewHeld;
import uk.permanence.events.StatutoryVisitMade;
import uk.permanence.events.UnbornChildTracked;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/** The rules table, one case per rule, against the hand-worked deadlines of the domain's worked examples. */
class DeadlineEngineTest {

    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final TrackingRules RULES = new TrackingRules(
            Map.of(DeadlineKind.STATUTORY, 14, DeadlineKind.PERFORMANCE_THRESHOLD, 56,
                    DeadlineKind.PRACTICE_STANDARD, 14),
            Map.of(DeadlineRule.FIRST_REVIEW, 5),
            new TrackingRules.PracticeStandards(Period.ofWeeks(6), Period.ofMonths(6)),
            Map.of("826", new TrackingRules.LocalTarget(400, null)));
    static final NationalThresholds THRESHOLDS = new NationalThresholds(List.of(
            new NationalThresholds.Threshold(LocalDate.of(2014, 3, 31), 487, 152, 16),
            new NationalThresholds.Threshold(LocalDate.of(2016, 3, 31), 426, 121, 14)));

    private final DeadlineEngine engine = new DeadlineEngine(new WorkingDays(), RULES, THRESHOLDS);
    private final List<CaseEvent> events = new ArrayList<>();

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    DeadlineEngineTest entered(String on) {
        return with(new ChildEnteredCare("c", "825", "R", d("2024-01-01"), d(on), LegalStatus.C2, NOW, "t", null));
    }

    DeadlineEngineTest with(CaseEvent event) {
        events.add(event);
        return this;
    }

    Optional<Deadline> deadline(DeadlineRule rule) {
        return deadline(rule, TODAY);
    }

    Optional<Deadline> deadline(DeadlineRule rule, LocalDate today) {
        List<RecordedCaseEvent> history = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            history.add(new RecordedCaseEvent("e" + i, i, events.get(i)));
        }
        return engine.deadlines(CaseJourney.of(history), today).stream()
                .filter(deadline -> deadline.rule() == rule).findFirst();
    }

    static final Set<DeadlineRule> VISIT_RULES = Set.of(DeadlineRule.VISIT_AFTER_PLACEMENT,
            DeadlineRule.WEEKLY_VISIT_BEFORE_FIRST_ADOPTION_REVIEW, DeadlineRule.SIX_WEEKLY_VISIT,
            DeadlineRule.THREE_MONTHLY_VISIT);

    /** Every visit deadline of the case: at most one is ever due at a time. */
    List<Deadline> visitDeadlines() {
        List<RecordedCaseEvent> history = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            history.add(new RecordedCaseEvent("e" + i, i, events.get(i)));
        }
        return engine.deadlines(CaseJourney.of(history), TODAY).stream()
                .filter(deadline -> VISIT_RULES.contains(deadline.rule())).toList();
    }

    static StatutoryVisitMade visit(String on) {
        return new StatutoryVisitMade("c", "825", d(on), true, NOW, "t", null);
    }

    static StatutoryReviewHeld review(String on, ReviewKind kind, PermanencePlan plan) {
        return new StatutoryReviewHeld("c", "825", d(on), kind, plan, null, NOW, "t", null);
    }

    @Test
    void firstReviewIsDueTwentyWorkingDaysAfterEnteringCareSkippingChristmasAndNewYear() {
        assertThat(entered("2025-12-19").deadline(DeadlineRule.FIRST_REVIEW))
                .contains(new Deadline(DeadlineRule.FIRST_REVIEW, d("2025-12-19"), d("2026-01-21")));
    }

    @Test
    void firstReviewSkipsGoodFridayAndEasterMonday() {
        assertThat(entered("2026-03-20").deadline(DeadlineRule.FIRST_REVIEW).map(Deadline::dueOn))
                .contains(d("2026-04-21"));
    }

    @Test
    void aHeldFirstReviewMeetsItsDeadlineAndStartsTheSecondReviewClock() {
        entered("2025-12-19").with(review("2026-01-15", ReviewKind.FIRST, PermanencePlan.ADOPTION));
        assertThat(deadline(DeadlineRule.FIRST_REVIEW)).isEmpty();
        assertThat(deadline(DeadlineRule.SECOND_REVIEW).map(Deadline::dueOn)).contains(d("2026-04-15"));
    }

    @Test
    void laterReviewsAreSixMonthlyAfterTheSecond() {
        entered("2025-01-10").with(review("2025-02-01", ReviewKind.FIRST, PermanencePlan.ADOPTION))
                .with(review("2025-05-01", ReviewKind.SECOND, PermanencePlan.ADOPTION));
        assertThat(deadline(DeadlineRule.LATER_REVIEW).map(Deadline::dueOn)).contains(d("2025-11-01"));
    }

    @Test
    void careProceedingsLastTwentySixWeeksBeginningWithTheDayOfIssue() {
        entered("2025-05-01").with(new CareProceedingsIssued("c", "825", d("2025-06-02"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.CARE_PROCEEDINGS).map(Deadline::dueOn)).contains(d("2025-11-30"));
        with(new CareProceedingsConcluded("c", "825", d("2025-11-01"), ProceedingsOutcome.PLACEMENT_ORDER, NOW, "t",
                null));
        assertThat(deadline(DeadlineRule.CARE_PROCEEDINGS)).isEmpty();
    }

    @Test
    void eachExtensionMovesTheCareProceedingsDeadline() {
        entered("2025-05-01").with(new CareProceedingsIssued("c", "825", d("2025-06-02"), NOW, "t", null))
                .with(new CareProceedingsExtended("c", "825", d("2025-11-20"), 8,
                        ProceedingsDelayReason.EXPERT_EVIDENCE, NOW, "t", null));
        assertThat(deadline(DeadlineRule.CARE_PROCEEDINGS).map(Deadline::dueOn)).contains(d("2026-01-25"));
        with(new CareProceedingsExtended("c", "825", d("2026-01-20"), 3, ProceedingsDelayReason.COURT_AVAILABILITY,
                NOW, "t", null));
        assertThat(deadline(DeadlineRule.CARE_PROCEEDINGS).map(Deadline::dueOn)).contains(d("2026-02-15"));
    }

    @Test
    void careProceedingsHaveTheirDeadlineBeforeTheChildIsLookedAfter() {
        with(new UnbornChildTracked("c", "825", d("2025-04-01"), "R", d("2025-06-01"), NOW, "t", null))
                .with(new ChildBorn("c", "825", d("2025-05-30"), NOW, "t", null))
                .with(new CareProceedingsIssued("c", "825", d("2025-06-02"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.CARE_PROCEEDINGS, d("2025-07-01")).map(Deadline::dueOn))
                .contains(d("2025-11-30"));
    }

    @Test
    void anAdoptionApplicationIsPossibleTenWeeksAfterPlacement() {
        entered("2024-05-01").with(new AdoptionDecisionMade("c", "825", d("2024-08-01"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2025-02-01"), d("2025-01-20"), null, NOW, "t", null))
                .with(new ChildPlacedForAdoption("c", "825", d("2025-03-03"), false, null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE).map(Deadline::dueOn))
                .contains(d("2025-05-12"));
        assertThat(deadline(DeadlineRule.ADOPTION_REVIEW_AFTER_PLACEMENT).map(Deadline::dueOn))
                .contains(d("2025-03-31"));
        with(new AdoptionApplicationMade("c", "825", d("2025-05-20"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE)).isEmpty();
    }

    @Test
    void consentToPlacementStartsTheAdoptionReviewsAsAnOrderDoes() {
        entered("2024-01-05").with(new AdoptionDecisionMade("c", "825", d("2024-03-01"), NOW, "t", null))
                .with(new PlacementConsentGiven("c", "825", d("2024-03-20"), PlacementConsentKind.PLACEMENT, NOW, "t",
                        null));
        assertThat(deadline(DeadlineRule.ADOPTION_REVIEW_NOT_PLACED, d("2024-04-01")).map(Deadline::dueOn))
                .contains(d("2024-06-20"));
        with(review("2024-06-10", ReviewKind.SUBSEQUENT, PermanencePlan.ADOPTION));
        assertThat(deadline(DeadlineRule.ADOPTION_REVIEW_NOT_PLACED, d("2024-07-01")).map(Deadline::dueOn))
                .contains(d("2024-12-10"));
        assertThat(deadline(DeadlineRule.ORDER_TO_MATCH, d("2024-07-01"))).as("A2 starts only at an order").isEmpty();
        with(new ChildPlacedForAdoption("c", "825", d("2024-06-17"), false, null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.ADOPTION_REVIEW_NOT_PLACED, d("2024-07-01"))).isEmpty();
    }

    @Test
    void theOrderToMatchThresholdIsTheA2ThresholdInForce() {
        entered("2024-10-01").with(new AdoptionDecisionMade("c", "825", d("2024-12-01"), NOW, "t", null))
                .with(new PlacementOrderGranted("c", "825", d("2025-02-03"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.ORDER_TO_MATCH).map(Deadline::dueOn)).contains(d("2025-06-04"));
        assertThat(deadline(DeadlineRule.ORDER_TO_MATCH, d("2015-01-01")).map(Deadline::dueOn))
                .contains(d("2025-02-03").plusDays(152));
        assertThat(deadline(DeadlineRule.ADOPTION_REVIEW_NOT_PLACED).map(Deadline::dueOn)).contains(d("2025-05-03"));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_12_MONTHS).map(Deadline::dueOn))
                .contains(d("2026-02-03"));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_18_MONTHS).map(Deadline::dueOn))
                .contains(d("2026-08-03"));
        with(new ChildMatched("c", "825", d("2025-05-01"), d("2025-04-20"), null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.ORDER_TO_MATCH)).isEmpty();
    }

    @Test
    void entryToPlacementRunsOnAnAdoptionPlanWithTheThresholdOrAStricterLocalTarget() {
        entered("2025-01-10").with(new AdoptionDecisionMade("c", "825", d("2025-03-01"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.ENTRY_TO_PLACEMENT).map(Deadline::dueOn))
                .contains(d("2025-01-10").plusDays(426));

        events.clear();
        with(new ChildEnteredCare("c", "826", "R", d("2024-01-01"), d("2025-01-10"), LegalStatus.C2, NOW, "t", null))
                .with(new AdoptionDecisionMade("c", "826", d("2025-03-01"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.ENTRY_TO_PLACEMENT).map(Deadline::dueOn))
                .contains(d("2025-01-10").plusDays(400));
    }

    @Test
    void threeMonthsAfterTheAdmDecisionWithoutALinkPromptsAReferral() {
        entered("2025-01-10").with(new AdoptionDecisionMade("c", "825", d("2025-03-01"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.NATIONAL_MATCHING_REFERRAL))
                .contains(new Deadline(DeadlineRule.NATIONAL_MATCHING_REFERRAL, d("2025-03-01"), d("2025-06-01")));
        with(new AdoptersLinked("c", "825", d("2025-04-01"), "L1", AdopterAgency.OWN_COUNCIL, null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.NATIONAL_MATCHING_REFERRAL)).isEmpty();
    }

    @Test
    void theTenWeekRuleCountsFromWhenTheChildBeganLivingWithTheApplicants() {
        entered("2024-05-01").with(new AdoptionDecisionMade("c", "825", d("2024-08-01"), NOW, "t", null))
                .with(new EarlyPermanencePlacementStarted("c", "825", d("2024-08-05"),
                        EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, "t", null))
                .with(new PlacementOrderGranted("c", "825", d("2025-01-06"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2025-02-01"), d("2025-01-20"), null, NOW, "t", null))
                .with(new ChildPlacedForAdoption("c", "825", d("2025-03-03"), true, d("2024-08-05"), NOW, "t",
                        null));
        assertThat(deadline(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE))
                .contains(new Deadline(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE, d("2024-08-05"),
                        d("2024-10-14")));
        assertThat(DeadlineRule.ADOPTION_APPLICATION_POSSIBLE.notice()).isTrue();
        assertThat(DeadlineRule.ORDER_TO_MATCH.notice()).isFalse();
    }

    @Test
    void earlyPermanenceStopsTheEntryToPlacementClockAndTheLongWaitsAsA10Does() {
        entered("2024-01-10").with(new AdoptionDecisionMade("c", "825", d("2024-02-01"), NOW, "t", null))
                .with(new EarlyPermanencePlacementStarted("c", "825", d("2024-02-10"),
                        EarlyPermanenceType.CONCURRENT_PLANNING, NOW, "t", null))
                .with(new PlacementOrderGranted("c", "825", d("2024-06-03"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.ENTRY_TO_PLACEMENT)).isEmpty();
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS)).isEmpty();
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_12_MONTHS)).isEmpty();
        assertThat(deadline(DeadlineRule.ORDER_TO_MATCH).map(Deadline::dueOn)).contains(d("2024-10-02"));
    }

    @Test
    void aDisruptionAfterEarlyPermanenceStartsTheWaitAgain() {
        entered("2024-01-10").with(new AdoptionDecisionMade("c", "825", d("2024-02-01"), NOW, "t", null))
                .with(new EarlyPermanencePlacementStarted("c", "825", d("2024-02-10"),
                        EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, "t", null))
                .with(new PlacementOrderGranted("c", "825", d("2024-06-03"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2024-07-01"), d("2024-06-20"), null, NOW, "t", null))
                .with(new ChildPlacedForAdoption("c", "825", d("2024-07-08"), true, d("2024-02-10"), NOW, "t",
                        null))
                .with(new AdoptivePlacementDisrupted("c", "825", d("2024-11-01"), "ended", NOW, "t", null));
        assertThat(deadline(DeadlineRule.ENTRY_TO_PLACEMENT).map(Deadline::dueOn))
                .contains(d("2024-01-10").plusDays(426));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS).map(Deadline::dueOn))
                .contains(d("2025-07-10"));
    }

    @Test
    void longWaitsAreForChildrenWaitingWithAPlacementOrder() {
        entered("2024-01-10").with(new AdoptionDecisionMade("c", "825", d("2024-03-01"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS)).as("no order").isEmpty();

        with(new PlacementOrderGranted("c", "825", d("2024-06-03"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS).map(Deadline::dueOn))
                .contains(d("2025-07-10"));

        with(new ChildMatched("c", "825", d("2024-09-02"), d("2024-08-20"), null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS)).as("matched").isEmpty();
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_12_MONTHS)).as("matched").isEmpty();

        with(new ChildPlacedForAdoption("c", "825", d("2024-09-16"), false, null, NOW, "t", null))
                .with(new AdoptivePlacementDisrupted("c", "825", d("2025-01-15"), "ended", NOW, "t", null));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS)).as("disrupted, not matched again")
                .isPresent();
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ORDER_18_MONTHS).map(Deadline::dueOn))
                .contains(d("2025-12-03"));

        with(new StatutoryReviewHeld("c", "825", d("2025-03-01"), ReviewKind.SUBSEQUENT,
                PermanencePlan.SPECIAL_GUARDIANSHIP, null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.LONG_WAIT_SINCE_ENTRY_18_MONTHS)).as("adoption no longer the plan")
                .isEmpty();
    }

    @Test
    void aMatchedChildIsPlacedWithinTheMatchToPlacementStandard() {
        entered("2024-01-10").with(new AdoptionDecisionMade("c", "825", d("2024-03-01"), NOW, "t", null))
                .with(new PlacementOrderGranted("c", "825", d("2024-06-03"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2024-09-02"), d("2024-08-20"), null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.MATCH_TO_PLACEMENT))
                .contains(new Deadline(DeadlineRule.MATCH_TO_PLACEMENT, d("2024-09-02"), d("2024-10-14")));
        assertThat(DeadlineRule.MATCH_TO_PLACEMENT.kind()).isEqualTo(DeadlineKind.PRACTICE_STANDARD);

        with(new ChildPlacedForAdoption("c", "825", d("2024-10-01"), false, null, NOW, "t", null));
        assertThat(deadline(DeadlineRule.MATCH_TO_PLACEMENT)).isEmpty();
        assertThat(deadline(DeadlineRule.PLACEMENT_TO_APPLICATION))
                .contains(new Deadline(DeadlineRule.PLACEMENT_TO_APPLICATION, d("2024-10-01"), d("2025-04-01")));

        with(new AdoptionApplicationMade("c", "825", d("2025-01-10"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.PLACEMENT_TO_APPLICATION)).isEmpty();
    }

    @Test
    void aMatchLeftBehindByAChangeOfPlanIsNoLongerExpectedToEndInPlacement() {
        entered("2024-01-10").with(new AdoptionDecisionMade("c", "825", d("2024-03-01"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2024-09-02"), d("2024-08-20"), null, NOW, "t", null))
                .with(new AdoptionPlanChanged("c", "825", d("2024-10-01"), PlanChangeReason.RD4, DecidedBy.COUNCIL,
                        PermanencePlan.LONG_TERM_FOSTERING, NOW, "t", null));
        assertThat(deadline(DeadlineRule.MATCH_TO_PLACEMENT)).isEmpty();
    }

    @Test
    void eachRuleWarnsWithItsOwnLeadTime() {
        assertThat(RULES.dueSoonDays(DeadlineRule.ORDER_TO_MATCH)).isEqualTo(56);
        assertThat(RULES.dueSoonDays(DeadlineRule.ENTRY_TO_PLACEMENT)).isEqualTo(56);
        assertThat(RULES.dueSoonDays(DeadlineRule.FIRST_REVIEW)).isEqualTo(5);
        assertThat(RULES.dueSoonDays(DeadlineRule.SECOND_REVIEW)).isEqualTo(14);
    }

    @Test
    void aSocialWorkerVisitsWithinAWeekOfEnteringCare() {
        entered("2026-05-20");
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.VISIT_AFTER_PLACEMENT, d("2026-05-20"), d("2026-05-27")));
        with(visit("2026-05-26"));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.SIX_WEEKLY_VISIT, d("2026-05-26"), d("2026-07-07")));
    }

    @Test
    void visitsAreAtMostSixWeeksApartInThePlacementsFirstYear() {
        entered("2025-01-10").with(visit("2025-01-14")).with(visit("2025-02-20"));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.SIX_WEEKLY_VISIT, d("2025-02-20"), d("2025-04-03")));
        with(visit("2026-01-09"));
        assertThat(visitDeadlines()).as("the last visit within the first year sets a six-week interval")
                .containsExactly(new Deadline(DeadlineRule.SIX_WEEKLY_VISIT, d("2026-01-09"), d("2026-02-20")));
    }

    @Test
    void afterThePlacementsFirstYearVisitsAreAtMostThreeMonthsApart() {
        entered("2025-01-10").with(visit("2025-01-14")).with(visit("2026-01-10"));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.THREE_MONTHLY_VISIT, d("2026-01-10"), d("2026-04-10")));
        with(visit("2026-04-08"));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.THREE_MONTHLY_VISIT, d("2026-04-08"), d("2026-07-08")));
    }

    @Test
    void anEarlyPermanencePlacementOrADisruptionIsANewPlacementWithItsOwnFirstWeekAndYear() {
        entered("2024-01-10").with(visit("2024-01-12")).with(visit("2025-02-01"))
                .with(new EarlyPermanencePlacementStarted("c", "825", d("2025-03-03"),
                        EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, "t", null));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.VISIT_AFTER_PLACEMENT, d("2025-03-03"), d("2025-03-10")));
        with(visit("2025-03-07"));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.SIX_WEEKLY_VISIT, d("2025-03-07"), d("2025-04-18")));

        events.clear();
        entered("2024-01-10").with(new AdoptionDecisionMade("c", "825", d("2024-03-01"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2024-06-01"), d("2024-05-20"), null, NOW, "t", null))
                .with(new ChildPlacedForAdoption("c", "825", d("2024-07-01"), false, null, NOW, "t", null))
                .with(visit("2024-07-05"))
                .with(new AdoptivePlacementDisrupted("c", "825", d("2024-07-20"), "needs not met", NOW, "t", null));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.VISIT_AFTER_PLACEMENT, d("2024-07-20"), d("2024-07-27")));
    }

    @Test
    void afterPlacementForAdoptionVisitsAreWeeklyUntilTheFirstReviewThenAsBeforeAPlacement() {
        entered("2024-01-05").with(new AdoptionDecisionMade("c", "825", d("2024-03-01"), NOW, "t", null))
                .with(new PlacementOrderGranted("c", "825", d("2024-05-01"), NOW, "t", null))
                .with(new ChildMatched("c", "825", d("2025-02-01"), d("2025-01-20"), null, NOW, "t", null))
                .with(visit("2025-02-10"))
                .with(new ChildPlacedForAdoption("c", "825", d("2025-03-03"), false, null, NOW, "t", null));
        assertThat(visitDeadlines())
                .containsExactly(new Deadline(DeadlineRule.VISIT_AFTER_PLACEMENT, d("2025-03-03"), d("2025-03-10")));
        with(visit("2025-03-07"));
        assertThat(visitDeadlines()).containsExactly(
                new Deadline(DeadlineRule.WEEKLY_VISIT_BEFORE_FIRST_ADOPTION_REVIEW, d("2025-03-07"), d("2025-03-14")));
        with(visit("2025-03-14")).with(visit("2025-03-21"));
        assertThat(visitDeadlines()).containsExactly(
                new Deadline(DeadlineRule.WEEKLY_VISIT_BEFORE_FIRST_ADOPTION_REVIEW, d("2025-03-21"), d("2025-03-28")));
        with(review("2025-03-28", ReviewKind.SUBSEQUENT, PermanencePlan.ADOPTION));
        assertThat(visitDeadlines()).as("after the first review, the reg 28 intervals from the adoptive placement")
                .containsExactly(new Deadline(DeadlineRule.SIX_WEEKLY_VISIT, d("2025-03-21"), d("2025-05-02")));
    }

    @Test
    void aClosedCaseHasNoDeadlines() {
        entered("2025-01-10").with(new ChildReturnedHome("c", "825", d("2025-02-01"), NOW, "t", null));
        assertThat(deadline(DeadlineRule.FIRST_REVIEW)).isEmpty();
        assertThat(visitDeadlines()).isEmpty();
    }

    @Test
    void deadlinesAreOfTheKindTheRulesTableGives() {
        assertThat(DeadlineRule.FIRST_REVIEW.kind()).isEqualTo(DeadlineKind.STATUTORY);
        assertThat(VISIT_RULES).allSatisfy(rule -> assertThat(rule.kind()).isEqualTo(DeadlineKind.STATUTORY));
        assertThat(DeadlineRule.ORDER_TO_MATCH.kind()).isEqualTo(DeadlineKind.PERFORMANCE_THRESHOLD);
        assertThat(DeadlineRule.NATIONAL_MATCHING_REFERRAL.kind()).isEqualTo(DeadlineKind.PRACTICE_STANDARD);
    }
}
