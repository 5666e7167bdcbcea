package uk.permanence.cases.casefile;

import static org.hamcrest.Matchers.containsString;
import static uk.permanence.cases.casefile.ChildCaseTest.BY;
import static uk.permanence.cases.casefile.ChildCaseTest.CASE;
import static uk.permanence.cases.casefile.ChildCaseTest.LA;
import static uk.permanence.cases.casefile.ChildCaseTest.NOW;
import static uk.permanence.cases.casefile.ChildCaseTest.d;
import static uk.permanence.cases.casefile.ChildCaseTest.entered;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.permanence.events.ActionAgreed;
import uk.permanence.events.ActionCompleted;
import uk.permanence.events.ActionDropped;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EventVoided;

/** Actions agreed for a child at a tracking meeting, done or dropped, as given/when/then specifications. */
class AgreedActionsTest {

    private FixtureConfiguration<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    private static ActionAgreed agreed(long actionId) {
        return new ActionAgreed(CASE, LA, d("2026-05-01"), actionId, "book the matching panel", "sw.ahmed",
                d("2026-05-15"), NOW, BY, null);
    }

    @Test
    void anActionIsAgreedWithTheSequenceOfItsEventAsItsIdentity() {
        fixture.given(entered())
                .when(new AgreeAction(CASE, null, d("2026-05-01"), "book the matching panel", "sw.ahmed",
                        d("2026-05-15"), NOW, BY, null))
                .expectEvents(agreed(1));
    }

    @Test
    void anActionCannotBeDueBeforeItWasAgreedNorAgreedInTheFuture() {
        fixture.given(entered())
                .when(new AgreeAction(CASE, null, d("2026-05-01"), "x", "sw", d("2026-04-30"), NOW, BY, "sure"))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage(containsString("dueOn must not be before agreedOn"))
                .expectNoEvents();
        fixture.given(entered())
                .when(new AgreeAction(CASE, null, d("2026-06-02"), "x", "sw", d("2026-06-30"), NOW, BY, null))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage(containsString("agreedOn must not be in the future"))
                .expectNoEvents();
    }

    @Test
    void anOpenActionIsCompletedOnce() {
        fixture.given(entered(), agreed(1))
                .when(new CompleteAction(CASE, null, 1, d("2026-05-20"), NOW, BY, null))
                .expectEvents(new ActionCompleted(CASE, LA, d("2026-05-20"), 1, NOW, BY, null));
        fixture.given(entered(), agreed(1), new ActionCompleted(CASE, LA, d("2026-05-20"), 1, NOW, BY, null))
                .when(new CompleteAction(CASE, null, 1, d("2026-05-21"), NOW, BY, null))
                .expectException(CaseStateConflict.class)
                .expectExceptionMessage(containsString("already done"))
                .expectNoEvents();
    }

    @Test
    void anOpenActionIsDroppedWithItsReasonAndThenCannotBeCompleted() {
        fixture.given(entered(), agreed(1))
                .when(new DropAction(CASE, null, 1, d("2026-05-20"), "the plan changed", NOW, BY, null))
                .expectEvents(new ActionDropped(CASE, LA, d("2026-05-20"), 1, "the plan changed", NOW, BY, null));
        fixture.given(entered(), agreed(1),
                        new ActionDropped(CASE, LA, d("2026-05-20"), 1, "the plan changed", NOW, BY, null))
                .when(new CompleteAction(CASE, null, 1, d("2026-05-21"), NOW, BY, null))
                .expectException(CaseStateConflict.class)
                .expectNoEvents();
    }

    @Test
    void onlyAnActionOfTheCaseStillInEffectCanBeClosed() {
        fixture.given(entered(), agreed(1))
                .when(new CompleteAction(CASE, null, 0, d("2026-05-20"), NOW, BY, null))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage(containsString("actionId is not an action of this case"))
                .expectNoEvents();
        fixture.given(entered(), agreed(1), new EventVoided(CASE, LA, d("2026-05-02"), 1L, "wrong child", NOW, BY,
                        null))
                .when(new DropAction(CASE, null, 1, d("2026-05-20"), "n/a", NOW, BY, null))
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anActionIsNotClosedBeforeItWasAgreed() {
        fixture.given(entered(), agreed(1))
                .when(new CompleteAction(CASE, null, 1, d("2026-04-20"), NOW, BY, null))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage(containsString("completedOn is before the day it was agreed"))
                .expectNoEvents();
    }

    @Test
    void noActionIsAgreedOnAClosedCase() {
        fixture.given(entered(), new ChildPlacedForAdoption(CASE, LA, d("2025-06-01"), false, null, NOW, BY, "x"),
                        new AdoptionOrderGranted(CASE, LA, d("2026-01-10"), NOW, BY, null))
                .when(new AgreeAction(CASE, null, d("2026-05-01"), "x", "sw", d("2026-05-30"), NOW, BY, null))
                .expectException(CaseStateConflict.class)
                .expectNoEvents();
    }
}
