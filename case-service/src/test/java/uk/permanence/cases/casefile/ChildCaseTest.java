package uk.permanence.cases.casefile;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdopterAgency;
import uk.permanence.events.AdoptionApplicationMade;
import uk.permanence.events.AdopterLinkEnded;
import uk.permanence.events.AdoptersLinked;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CareProceedingsExtended;
import uk.permanence.events.CareProceedingsIssued;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseSharedWithVaa;
import uk.permanence.events.CaseUnsharedFromVaa;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildBorn;
import uk.permanence.events.ChildCharacteristicsRecorded;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.EthnicityGroup;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.EventVoided;
import uk.permanence.events.FamilyFinderAllocated;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementConsentKind;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRefused;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.events.ProceedingsDelayReason;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.SiblingLinked;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.events.StatutoryReviewHeld;
import uk.permanence.events.StatutoryVisitMade;
import uk.permanence.events.UnbornChildTracked;

/** The case aggregate's rules, as given/when/then specifications. */
class ChildCaseTest {

    static final String CASE = "case-1";
    static final String LA = "825";
    static final String BY = "sw@825";
    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final LocalDate BORN = LocalDate.of(2024, 5, 1);
    static final LocalDate ENTERED = LocalDate.of(2025, 1, 10);
    static final String REASON = "court date recorded late";

    private FixtureConfiguration<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static ChildEnteredCare entered() {
        return new ChildEnteredCare(CASE, LA, "REF-1", BORN, ENTERED, LegalStatus.C2, NOW, BY, null);
    }

    static AdoptionDecisionMade adm(String on) {
        return new AdoptionDecisionMade(CASE, LA, d(on), NOW, BY, null);
    }

    static PlacementOrderGranted order(String on) {
        return new PlacementOrderGranted(CASE, LA, d(on), NOW, BY, null);
    }

    static ChildMatched matched(String on) {
        return new ChildMatched(CASE, LA, d(on), d(on), null, NOW, BY, null);
    }

    static CareProceedingsIssued issued(String on) {
        return new CareProceedingsIssued(CASE, LA, d(on), NOW, BY, null);
    }

    static CareProceedingsExtended extended(String on, int weeks) {
        return new CareProceedingsExtended(CASE, LA, d(on), weeks, ProceedingsDelayReason.EXPERT_EVIDENCE, NOW, BY,
                null);
    }

    static CareProceedingsConcluded concluded(String on) {
        return new CareProceedingsConcluded(CASE, LA, d(on), ProceedingsOutcome.CARE_ORDER, NOW, BY, null);
    }

    static ChildPlacedForAdoption placed(String on) {
        return new ChildPlacedForAdoption(CASE, LA, d(on), false, null, NOW, BY, null);
    }

    @Nested
    class OpeningACase {

        @Test
        void aChildEntersCare() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEntryToCare(CASE, LA, ENTERED, "REF-1", BORN, LegalStatus.C2, NOW, BY, null))
                    .expectEvents(entered());
        }

        @Test
        void aChildCannotEnterCareBeforeBirthNorInTheFuture() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEntryToCare(CASE, LA, d("2024-04-30"), "REF-1", BORN, LegalStatus.C2, NOW, BY,
                            REASON))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new RecordEntryToCare(CASE, LA, d("2026-06-02"), "REF-1", BORN, LegalStatus.C2, NOW, BY,
                            null))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void theSameChildCannotEnterCareTwice() {
            fixture.given(entered())
                    .when(new RecordEntryToCare(CASE, LA, ENTERED, "REF-1", BORN, LegalStatus.C2, NOW, BY, null))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
        }

        @Test
        void aChildWhoLeftCareReturnsInANewPeriodOfCare() {
            var returnedHome = new ChildReturnedHome(CASE, LA, d("2025-06-01"), NOW, BY, null);
            fixture.given(entered(), returnedHome)
                    .when(new RecordEntryToCare(CASE, LA, d("2025-09-15"), "REF-1", BORN, LegalStatus.C2, NOW, BY,
                            null))
                    .expectEvents(new ChildEnteredCare(CASE, LA, "REF-1", BORN, d("2025-09-15"), LegalStatus.C2, NOW,
                            BY, null));
            fixture.given(entered(), returnedHome,
                            new ChildEnteredCare(CASE, LA, "REF-1", BORN, d("2025-09-15"), LegalStatus.C2, NOW, BY,
                                    null))
                    .when(new RecordAdoptionDecision(CASE, null, d("2025-10-01"), NOW, BY, null))
                    .expectEvents(new AdoptionDecisionMade(CASE, LA, d("2025-10-01"), NOW, BY, null));
        }

        @Test
        void aReturnToCareCannotStartBeforeTheLastPeriodEnded() {
            fixture.given(entered(), new ChildReturnedHome(CASE, LA, d("2025-06-01"), NOW, BY, null))
                    .when(new RecordEntryToCare(CASE, LA, d("2025-05-31"), "REF-1", BORN, LegalStatus.C2, NOW, BY,
                            REASON))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("enteredCareOn a return to care cannot start before"))
                    .expectNoEvents();
        }

        @Test
        void anUnbornChildIsTrackedThenBornIntoCare() {
            var tracked = new UnbornChildTracked(CASE, LA, d("2025-01-02"), "REF-1", d("2025-02-20"), NOW, BY, null);
            fixture.givenNoPriorActivity()
                    .when(new TrackUnbornChild(CASE, LA, d("2025-01-02"), "REF-1", d("2025-02-20"), NOW, BY, null))
                    .expectEvents(tracked);
            fixture.given(tracked)
                    .when(new RecordEntryToCare(CASE, LA, d("2025-02-18"), "REF-1", d("2025-02-18"), LegalStatus.L2,
                            NOW, BY, null))
                    .expectEvents(new ChildBorn(CASE, LA, d("2025-02-18"), NOW, BY, null),
                            new ChildEnteredCare(CASE, LA, "REF-1", d("2025-02-18"), d("2025-02-18"), LegalStatus.L2,
                                    NOW, BY, null));
        }

        @Test
        void aBirthIsRecordedOnlyForAnUnbornChild() {
            fixture.given(new UnbornChildTracked(CASE, LA, d("2025-01-02"), "REF-1", d("2025-02-20"), NOW, BY, null))
                    .when(new RecordBirth(CASE, null, d("2025-02-19"), NOW, BY, null))
                    .expectEvents(new ChildBorn(CASE, LA, d("2025-02-19"), NOW, BY, null));
            fixture.given(entered())
                    .when(new RecordBirth(CASE, null, d("2025-02-19"), NOW, BY, null))
                    .expectException(CaseStateConflict.class);
        }
    }

    @Nested
    class TheChildAndTheCase {

        @Test
        void characteristicsOfASiblingGroupNeedItsSize() {
            fixture.given(entered())
                    .when(new RecordCharacteristics(CASE, null, d("2025-02-01"), true, 3, false, EthnicityGroup.MIXED,
                            NOW, BY, null))
                    .expectEvents(new ChildCharacteristicsRecorded(CASE, LA, d("2025-02-01"), true, 3, false,
                            EthnicityGroup.MIXED, NOW, BY, null));
            fixture.given(entered())
                    .when(new RecordCharacteristics(CASE, null, d("2025-02-01"), true, null, false,
                            EthnicityGroup.MIXED, NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void aSiblingIsAnotherCase() {
            fixture.given(entered())
                    .when(new LinkSibling(CASE, null, d("2025-02-01"), "case-2", NOW, BY, null))
                    .expectEvents(new SiblingLinked(CASE, LA, d("2025-02-01"), "case-2", NOW, BY, null));
            fixture.given(entered())
                    .when(new LinkSibling(CASE, null, d("2025-02-01"), CASE, NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void allocationsAreRecorded() {
            fixture.given(entered())
                    .when(new AllocateCase(CASE, null, d("2025-01-11"), "sw.jones", "north", NOW, BY, null))
                    .expectEvents(new CaseAllocated(CASE, LA, d("2025-01-11"), "sw.jones", "north", NOW, BY, null));
            fixture.given(entered())
                    .when(new AllocateFamilyFinder(CASE, null, d("2025-03-11"), "ff.patel", NOW, BY, null))
                    .expectEvents(new FamilyFinderAllocated(CASE, LA, d("2025-03-11"), "ff.patel", NOW, BY, null));
        }

        @Test
        void aCaseIsSharedWithAVaaOnceAndUnsharedOnlyIfShared() {
            var shared = new CaseSharedWithVaa(CASE, LA, d("2025-03-01"), "vaa-1", NOW, BY, null);
            fixture.given(entered())
                    .when(new ShareWithVaa(CASE, null, d("2025-03-01"), "vaa-1", NOW, BY, null))
                    .expectEvents(shared);
            fixture.given(entered(), shared)
                    .when(new ShareWithVaa(CASE, null, d("2025-03-02"), "vaa-1", NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
            fixture.given(entered(), shared)
                    .when(new UnshareFromVaa(CASE, null, d("2025-04-01"), "vaa-1", NOW, BY, null))
                    .expectEvents(new CaseUnsharedFromVaa(CASE, LA, d("2025-04-01"), "vaa-1", NOW, BY, null));
            fixture.given(entered())
                    .when(new UnshareFromVaa(CASE, null, d("2025-04-01"), "vaa-2", NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }
    }

    @Nested
    class PlanningAndCourt {

        @Test
        void reviewsFollowInOrderAndAParallelPlanDiffersFromThePlan() {
            var first = new StatutoryReviewHeld(CASE, LA, d("2025-02-05"), ReviewKind.FIRST, PermanencePlan.ADOPTION,
                    PermanencePlan.KINSHIP_CARE, NOW, BY, null);
            fixture.given(entered())
                    .when(new RecordReview(CASE, null, d("2025-02-05"), ReviewKind.FIRST, PermanencePlan.ADOPTION,
                            PermanencePlan.KINSHIP_CARE, NOW, BY, null))
                    .expectEvents(first);
            fixture.given(entered(), first)
                    .when(new RecordReview(CASE, null, d("2025-05-05"), ReviewKind.FIRST, PermanencePlan.ADOPTION,
                            null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
            fixture.given(entered())
                    .when(new RecordReview(CASE, null, d("2025-02-05"), ReviewKind.FIRST, PermanencePlan.ADOPTION,
                            PermanencePlan.ADOPTION, NOW, BY, REASON))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void careProceedingsAreIssuedAndConcluded() {
            fixture.given(entered())
                    .when(new RecordProceedingsIssued(CASE, null, d("2025-01-20"), NOW, BY, null))
                    .expectEvents(issued("2025-01-20"));
            fixture.given(entered(), issued("2025-01-20"))
                    .when(new RecordProceedingsConcluded(CASE, null, d("2025-07-20"),
                            ProceedingsOutcome.PLACEMENT_ORDER, NOW, BY, null))
                    .expectEvents(new CareProceedingsConcluded(CASE, LA, d("2025-07-20"),
                            ProceedingsOutcome.PLACEMENT_ORDER, NOW, BY, null));
        }

        @Test
        void proceedingsIssuedBeforeTheChildIsLookedAfterNeedNoOverride() {
            fixture.given(entered())
                    .when(new RecordProceedingsIssued(CASE, null, d("2025-01-06"), NOW, BY, null))
                    .expectEvents(issued("2025-01-06"));
            fixture.given(entered())
                    .when(new RecordProceedingsIssued(CASE, null, d("2024-04-30"), NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("issuedOn is before the child's birth"))
                    .expectNoEvents();
        }

        @Test
        void proceedingsAreIssuedForAChildTrackedBeforeBirthBeforeTheChildIsLookedAfter() {
            var tracked = new UnbornChildTracked(CASE, LA, d("2025-01-02"), "REF-1", d("2025-02-20"), NOW, BY, null);
            fixture.given(tracked)
                    .when(new RecordProceedingsIssued(CASE, null, d("2025-02-19"), NOW, BY, null))
                    .expectEvents(issued("2025-02-19"));
            fixture.given(tracked, new ChildBorn(CASE, LA, d("2025-02-18"), NOW, BY, null))
                    .when(new RecordProceedingsIssued(CASE, null, d("2025-02-19"), NOW, BY, null))
                    .expectEvents(issued("2025-02-19"));
        }

        @Test
        void proceedingsStillOpenCannotBeIssuedAgain() {
            fixture.given(entered(), issued("2025-01-20"))
                    .when(new RecordProceedingsIssued(CASE, null, d("2025-03-01"), NOW, BY, null))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
            fixture.given(entered(), issued("2025-01-20"), concluded("2025-06-01"))
                    .when(new RecordProceedingsIssued(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectEvents(issued("2025-09-01"));
        }

        @Test
        void theCourtExtendsOpenProceedingsByUpToEightWeeksAtATime() {
            fixture.given(entered(), issued("2025-06-02"))
                    .when(new RecordProceedingsExtension(CASE, null, d("2025-11-20"), 8,
                            ProceedingsDelayReason.EXPERT_EVIDENCE, NOW, BY, null))
                    .expectEvents(extended("2025-11-20", 8));
            fixture.given(entered(), issued("2025-06-02"))
                    .when(new RecordProceedingsExtension(CASE, null, d("2025-11-20"), 9,
                            ProceedingsDelayReason.EXPERT_EVIDENCE, NOW, BY, REASON))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("weeks must be from 1 to 8"))
                    .expectNoEvents();
            fixture.given(entered(), issued("2025-06-02"))
                    .when(new RecordProceedingsExtension(CASE, null, d("2025-11-20"), 0,
                            ProceedingsDelayReason.EXPERT_EVIDENCE, NOW, BY, REASON))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void onlyOpenProceedingsAreExtended() {
            fixture.given(entered())
                    .when(new RecordProceedingsExtension(CASE, null, d("2025-11-20"), 4,
                            ProceedingsDelayReason.OTHER, NOW, BY, null))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
            fixture.given(entered(), issued("2025-06-02"), concluded("2025-10-01"))
                    .when(new RecordProceedingsExtension(CASE, null, d("2025-11-20"), 4,
                            ProceedingsDelayReason.OTHER, NOW, BY, null))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
        }

        @Test
        void anExtensionAfterTheTimetableEndedNeedsAnOverrideReason() {
            fixture.given(entered(), issued("2025-06-02"))
                    .when(new RecordProceedingsExtension(CASE, null, d("2025-12-01"), 4,
                            ProceedingsDelayReason.OTHER, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("extendedOn is after the last day of the timetable "
                            + "(2025-11-30)"))
                    .expectNoEvents();
            fixture.given(entered(), issued("2025-06-02"), extended("2025-11-20", 8))
                    .when(new RecordProceedingsExtension(CASE, null, d("2026-01-20"), 4,
                            ProceedingsDelayReason.OTHER, NOW, BY, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aConclusionAfterTheTimetableNeedsAnExtensionOrAnOverrideReason() {
            var late = new RecordProceedingsConcluded(CASE, null, d("2025-12-10"), ProceedingsOutcome.CARE_ORDER, NOW,
                    BY, null);
            fixture.given(entered(), issued("2025-06-02"))
                    .when(late)
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("concludedOn is after the last day of the timetable "
                            + "(2025-11-30)"))
                    .expectNoEvents();
            fixture.given(entered(), issued("2025-06-02"), extended("2025-11-20", 2))
                    .when(late)
                    .expectEvents(concluded("2025-12-10"));
        }

        @Test
        void aConclusionWithoutOpenProceedingsNeedsAnOverrideReason() {
            fixture.given(entered())
                    .when(new RecordProceedingsConcluded(CASE, null, d("2025-07-20"),
                            ProceedingsOutcome.PLACEMENT_ORDER, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("no care proceedings are open"))
                    .expectNoEvents();
        }

        @Test
        void aMilestoneBeforeEnteringCareNeedsAnOverrideReason() {
            fixture.given(entered())
                    .when(new RecordAdoptionDecision(CASE, null, d("2025-01-01"), NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
            fixture.given(entered())
                    .when(new RecordAdoptionDecision(CASE, null, d("2025-01-01"), NOW, BY, REASON))
                    .expectEvents(new AdoptionDecisionMade(CASE, LA, d("2025-01-01"), NOW, BY, REASON));
        }

        @Test
        void parentsConsentToPlacementOnceAfterTheAdmDecision() {
            var consent = new PlacementConsentGiven(CASE, LA, d("2025-03-20"),
                    PlacementConsentKind.PLACEMENT_WITH_ADVANCE_CONSENT, NOW, BY, null);
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new RecordPlacementConsent(CASE, null, d("2025-03-20"),
                            PlacementConsentKind.PLACEMENT_WITH_ADVANCE_CONSENT, NOW, BY, null))
                    .expectEvents(consent);
            fixture.given(entered(), adm("2025-03-01"), consent)
                    .when(new RecordPlacementConsent(CASE, null, d("2025-04-20"), PlacementConsentKind.PLACEMENT, NOW,
                            BY, null))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
            fixture.given(entered())
                    .when(new RecordPlacementConsent(CASE, null, d("2025-03-20"), PlacementConsentKind.PLACEMENT, NOW,
                            BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("consentedOn no ADM decision"))
                    .expectNoEvents();
            fixture.given(entered(), adm("2025-03-01"), order("2025-03-10"))
                    .when(new RecordPlacementConsent(CASE, null, d("2025-03-20"), PlacementConsentKind.PLACEMENT, NOW,
                            BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("a placement order is in force"))
                    .expectNoEvents();
        }

        @Test
        void consentToPlacementEndsWithAChangeOfPlanAndCanBeGivenAgainAfterANewDecision() {
            var consent = new PlacementConsentGiven(CASE, LA, d("2025-03-20"), PlacementConsentKind.PLACEMENT, NOW,
                    BY, null);
            var changed = new AdoptionPlanChanged(CASE, LA, d("2025-05-01"), PlanChangeReason.RD4,
                    DecidedBy.COUNCIL, PermanencePlan.RETURN_HOME, NOW, BY, null);
            fixture.given(entered(), adm("2025-03-01"), consent, changed, adm("2025-09-01"))
                    .when(new RecordPlacementConsent(CASE, null, d("2025-09-10"), PlacementConsentKind.PLACEMENT, NOW,
                            BY, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPlacementOrderFollowsTheAdmDecisionAndIsInForceOnce() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new RecordPlacementOrder(CASE, null, d("2025-05-01"), NOW, BY, null))
                    .expectEvents(order("2025-05-01"));
            fixture.given(entered())
                    .when(new RecordPlacementOrder(CASE, null, d("2025-05-01"), NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
            fixture.given(entered(), adm("2025-03-01"), order("2025-05-01"))
                    .when(new RecordPlacementOrder(CASE, null, d("2025-06-01"), NOW, BY, null))
                    .expectException(CaseStateConflict.class);
        }

        @Test
        void aPlacementOrderIsRefusedOrRevoked() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new RecordPlacementOrderRefusal(CASE, null, d("2025-05-01"), NOW, BY, null))
                    .expectEvents(new PlacementOrderRefused(CASE, LA, d("2025-05-01"), NOW, BY, null));
            fixture.given(entered(), adm("2025-03-01"), order("2025-05-01"))
                    .when(new RecordPlacementOrderRevocation(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectEvents(new PlacementOrderRevoked(CASE, LA, d("2025-09-01"), NOW, BY, null));
            fixture.given(entered())
                    .when(new RecordPlacementOrderRevocation(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectException(CaseStateConflict.class);
        }

        @Test
        void theAdoptionPlanChangesWithAReasonAndWhoDecided() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new ChangeAdoptionPlan(CASE, null, d("2025-06-01"), PlanChangeReason.RD2, DecidedBy.COURT,
                            PermanencePlan.SPECIAL_GUARDIANSHIP, NOW, BY, null))
                    .expectEvents(new AdoptionPlanChanged(CASE, LA, d("2025-06-01"), PlanChangeReason.RD2,
                            DecidedBy.COURT, PermanencePlan.SPECIAL_GUARDIANSHIP, NOW, BY, null));
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new ChangeAdoptionPlan(CASE, null, d("2025-06-01"), PlanChangeReason.RD4,
                            DecidedBy.COUNCIL, PermanencePlan.ADOPTION, NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }
    }

    @Nested
    class FamilyFindingAndPlacement {

        @Test
        void adoptersAreLinkedAndTheLinkEnds() {
            var linked = new AdoptersLinked(CASE, LA, d("2025-06-01"), "link-1", AdopterAgency.VAA, "vaa-1", NOW, BY,
                    null);
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new LinkAdopters(CASE, null, d("2025-06-01"), "link-1", AdopterAgency.VAA, "vaa-1", NOW, BY,
                            null))
                    .expectEvents(linked);
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new LinkAdopters(CASE, null, d("2025-06-01"), "link-1", AdopterAgency.VAA, null, NOW, BY,
                            null))
                    .expectException(CaseRuleViolation.class);
            fixture.given(entered(), adm("2025-03-01"), linked)
                    .when(new EndAdopterLink(CASE, null, d("2025-07-01"), "link-1", "adopters withdrew", NOW, BY,
                            null))
                    .expectEvents(new AdopterLinkEnded(CASE, LA, d("2025-07-01"), "link-1", "adopters withdrew", NOW,
                            BY, null));
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new EndAdopterLink(CASE, null, d("2025-07-01"), "link-9", "unknown", NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void aMatchBeforeAnAdmDecisionNeedsAnOverrideReason() {
            fixture.given(entered())
                    .when(new RecordMatch(CASE, null, d("2025-06-01"), d("2025-05-20"), null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
            fixture.given(entered())
                    .when(new RecordMatch(CASE, null, d("2025-06-01"), d("2025-05-20"), null, NOW, BY, REASON))
                    .expectEvents(new ChildMatched(CASE, LA, d("2025-06-01"), d("2025-05-20"), null, NOW, BY,
                            REASON));
        }

        @Test
        void thePanelRecommendsBeforeTheMatchDecision() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new RecordMatch(CASE, null, d("2025-06-01"), d("2025-06-20"), null, NOW, BY, REASON))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void aPlacementForAdoptionNeedsAMatch() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-07-01"), false, null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString(ChildCase.NO_PLACEMENT_WITHOUT_A_MATCH))
                    .expectNoEvents();
            fixture.given(entered(), adm("2025-03-01"), order("2025-05-01"), matched("2025-06-01"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-07-01"), false, null, NOW, BY, null))
                    .expectEvents(placed("2025-07-01"));
        }

        @Test
        void earlyPermanenceCarersNeedTheMatchThatMakesThemTheProspectiveAdopters() {
            var earlyPermanence = new EarlyPermanencePlacementStarted(CASE, LA, d("2025-01-15"),
                    EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, BY, null);
            fixture.given(entered())
                    .when(new RecordEarlyPermanencePlacement(CASE, null, d("2025-01-15"),
                            EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, BY, null))
                    .expectEvents(earlyPermanence);
            fixture.given(entered(), earlyPermanence, adm("2025-03-01"), order("2025-05-01"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-07-01"), true, null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString(ChildCase.NO_PLACEMENT_WITHOUT_A_MATCH))
                    .expectNoEvents();
            fixture.given(entered(), earlyPermanence, adm("2025-03-01"), order("2025-05-01"), matched("2025-06-20"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-07-01"), true, null, NOW, BY, null))
                    .expectEvents(new ChildPlacedForAdoption(CASE, LA, d("2025-07-01"), true, d("2025-01-15"), NOW,
                            BY, null));
        }

        @Test
        void aPlacementWithoutAMatchIsRecordedOnlyWithAnOverrideReason() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-07-01"), false, null, NOW, BY, REASON))
                    .expectEvents(new ChildPlacedForAdoption(CASE, LA, d("2025-07-01"), false, null, NOW, BY,
                            REASON));
        }

        @Test
        void afterADisruptionTheNextPlacementNeedsANewMatch() {
            var disrupted = new AdoptivePlacementDisrupted(CASE, LA, d("2025-08-01"), "needs not met", NOW, BY, null);
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"), disrupted)
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-10-01"), false, null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"), disrupted,
                            matched("2025-09-15"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-10-01"), false, null, NOW, BY, null))
                    .expectEvents(placed("2025-10-01"));
        }

        @Test
        void fosterCarersWhoAdoptMayApplyTenWeeksAfterTheChildCameToLiveWithThem() {
            var earlyPermanence = new EarlyPermanencePlacementStarted(CASE, LA, d("2025-01-15"),
                    EarlyPermanenceType.FOSTERING_FOR_ADOPTION, NOW, BY, null);
            var placedWithFosterCarers = new ChildPlacedForAdoption(CASE, LA, d("2025-07-01"), true, d("2025-01-15"),
                    NOW, BY, null);
            fixture.given(entered(), earlyPermanence, adm("2025-03-01"), order("2025-05-01"), matched("2025-06-20"),
                            placedWithFosterCarers)
                    .when(new RecordAdoptionApplication(CASE, null, d("2025-07-10"), NOW, BY, null))
                    .expectEvents(new AdoptionApplicationMade(CASE, LA, d("2025-07-10"), NOW, BY, null));
            fixture.given(entered(), adm("2025-03-01"), order("2025-05-01"), matched("2025-06-20"),
                            placed("2025-07-01"))
                    .when(new RecordAdoptionApplication(CASE, null, d("2025-07-10"), NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void whenFosterCarersAdoptTheirPlacementDateIsNeeded() {
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"))
                    .when(new RecordPlacementForAdoption(CASE, null, d("2025-07-01"), true, null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void onlyAPlacementCanBeDisrupted() {
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"))
                    .when(new RecordDisruption(CASE, null, d("2025-08-01"), "needs not met", NOW, BY, null))
                    .expectEvents(new AdoptivePlacementDisrupted(CASE, LA, d("2025-08-01"), "needs not met", NOW, BY,
                            null));
            fixture.given(entered())
                    .when(new RecordDisruption(CASE, null, d("2025-08-01"), "needs not met", NOW, BY, null))
                    .expectException(CaseStateConflict.class);
        }
    }

    @Nested
    class StatutoryVisits {

        @Test
        void aVisitIsRecordedWithWhetherTheChildWasSeenAlone() {
            fixture.given(entered())
                    .when(new RecordStatutoryVisit(CASE, null, d("2025-01-15"), true, NOW, BY, null))
                    .expectEvents(new StatutoryVisitMade(CASE, LA, d("2025-01-15"), true, NOW, BY, null));
            fixture.given(entered(), new StatutoryVisitMade(CASE, LA, d("2025-01-15"), true, NOW, BY, null))
                    .when(new RecordStatutoryVisit(CASE, null, d("2025-02-20"), null, NOW, BY, null))
                    .expectEvents(new StatutoryVisitMade(CASE, LA, d("2025-02-20"), null, NOW, BY, null));
        }

        @Test
        void aVisitOnAClosedCaseIsAConflict() {
            fixture.given(entered(), new ChildReturnedHome(CASE, LA, d("2025-09-01"), NOW, BY, null))
                    .when(new RecordStatutoryVisit(CASE, null, d("2025-09-05"), false, NOW, BY, null))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
        }

        @Test
        void aVisitInTheFutureIsRefusedNamingVisitedOnAndCannotBeOverridden() {
            fixture.given(entered())
                    .when(new RecordStatutoryVisit(CASE, null, d("2026-06-02"), true, NOW, BY, REASON))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("visitedOn must not be in the future"))
                    .expectNoEvents();
        }

        @Test
        void aVisitBeforeTheChildWasLookedAfterNeedsAnOverrideReason() {
            fixture.given(entered())
                    .when(new RecordStatutoryVisit(CASE, null, d("2025-01-01"), true, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("visitedOn is before the start of the child's journey"))
                    .expectNoEvents();
            fixture.given(new UnbornChildTracked(CASE, LA, d("2025-01-01"), "REF-1", d("2025-04-01"), NOW, BY, null))
                    .when(new RecordStatutoryVisit(CASE, null, d("2025-02-01"), true, NOW, BY, null))
                    .expectException(CaseRuleViolation.class)
                    .expectExceptionMessage(containsString("visitedOn the child is not looked after"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Endings {

        @Test
        void anAdoptionOrderWithinTenWeeksOfPlacementNeedsAnOverrideReason() {
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"))
                    .when(new RecordAdoptionOrder(CASE, null, d("2025-09-08"), NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"))
                    .when(new RecordAdoptionOrder(CASE, null, d("2025-09-09"), NOW, BY, null))
                    .expectEvents(new AdoptionOrderGranted(CASE, LA, d("2025-09-09"), NOW, BY, null));
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"))
                    .when(new RecordAdoptionApplication(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void aClosedCaseTakesNoFurtherMilestones() {
            fixture.given(entered(), adm("2025-03-01"), matched("2025-06-01"), placed("2025-07-01"),
                            new AdoptionOrderGranted(CASE, LA, d("2025-10-01"), NOW, BY, null))
                    .when(new AllocateCase(CASE, null, d("2025-11-01"), "sw", "team", NOW, BY, REASON))
                    .expectException(CaseStateConflict.class)
                    .expectNoEvents();
        }

        @Test
        void otherEndingsCloseTheCase() {
            fixture.given(entered())
                    .when(new RecordSpecialGuardianshipOrder(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectEvents(new SpecialGuardianshipOrderGranted(CASE, LA, d("2025-09-01"), NOW, BY, null));
            fixture.given(entered())
                    .when(new RecordChildArrangementsOrder(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectEvents(new ChildArrangementsOrderGranted(CASE, LA, d("2025-09-01"), NOW, BY, null));
            fixture.given(entered())
                    .when(new RecordReturnHome(CASE, null, d("2025-09-01"), NOW, BY, null))
                    .expectEvents(new ChildReturnedHome(CASE, LA, d("2025-09-01"), NOW, BY, null));
            fixture.given(entered())
                    .when(new RecordLeavingCare(CASE, null, d("2025-09-01"), "moved abroad", NOW, BY, null))
                    .expectEvents(new ChildLeftCare(CASE, LA, d("2025-09-01"), "moved abroad", NOW, BY, null));
            fixture.given(entered(), new ChildReturnedHome(CASE, LA, d("2025-09-01"), NOW, BY, null))
                    .when(new RecordAdoptionDecision(CASE, null, d("2025-10-01"), NOW, BY, null))
                    .expectException(CaseStateConflict.class);
        }
    }

    @Nested
    class CorrectionsAndVoids {

        @Test
        void aCorrectedEntryDateMovesTheStartOfTheJourney() {
            fixture.given(entered(), new EventCorrected(CASE, LA, d("2025-02-01"), 0L, "enteredCareOn",
                    "2024-12-01", "typo in the date", NOW, BY, null))
                    .when(new RecordAdoptionDecision(CASE, null, d("2024-12-20"), NOW, BY, null))
                    .expectEvents(new AdoptionDecisionMade(CASE, LA, d("2024-12-20"), NOW, BY, null));
        }

        @Test
        void aVoidedAdmDecisionNoLongerCounts() {
            fixture.given(entered(), adm("2025-03-01"), new EventVoided(CASE, LA, d("2025-04-01"), 1L,
                    "recorded on the wrong child", NOW, BY, null))
                    .when(new RecordMatch(CASE, null, d("2025-06-01"), d("2025-05-20"), null, NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
        }

        @Test
        void aCorrectionNamesAnEventOfThisCaseAFieldOfItAndAValueThatFits() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new CorrectEvent(CASE, null, d("2025-04-01"), 1L, "decidedOn", "2025-02-28",
                            "wrong date", NOW, BY, null))
                    .expectEvents(new EventCorrected(CASE, LA, d("2025-04-01"), 1L, "decidedOn", "2025-02-28",
                            "wrong date", NOW, BY, null));
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new CorrectEvent(CASE, null, d("2025-04-01"), 9L, "decidedOn", "2025-02-28",
                    "wrong date", NOW, BY, null)).expectException(CaseRuleViolation.class);
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new CorrectEvent(CASE, null, d("2025-04-01"), 1L, "laCode", "826",
                    "wrong council", NOW, BY, null)).expectException(CaseRuleViolation.class);
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new CorrectEvent(CASE, null, d("2025-04-01"), 1L, "decidedOn", "yesterday",
                    "wrong date", NOW, BY, null)).expectException(CaseRuleViolation.class);
        }

        @Test
        void theEventThatOpenedTheCaseCannotBeVoided() {
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new VoidEvent(CASE, null, d("2025-04-01"), 0L, "mistake", NOW, BY, null))
                    .expectException(CaseRuleViolation.class);
            fixture.given(entered(), adm("2025-03-01"))
                    .when(new VoidEvent(CASE, null, d("2025-04-01"), 1L, "mistake", NOW, BY, null))
                    .expectEvents(new EventVoided(CASE, LA, d("2025-04-01"), 1L, "mistake", NOW, BY, null));
        }
    }
}
