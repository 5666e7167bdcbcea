package uk.permanence.cases.casefile;

import static uk.permanence.cases.casefile.ChildCaseTest.BY;
import static uk.permanence.cases.casefile.ChildCaseTest.CASE;
import static uk.permanence.cases.casefile.ChildCaseTest.LA;
import static uk.permanence.cases.casefile.ChildCaseTest.NOW;
import static uk.permanence.cases.casefile.ChildCaseTest.d;
import static uk.permanence.cases.casefile.ChildCaseTest.entered;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.permanence.events.EventVoided;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.StatutoryReviewHeld;

/** A milestone exactly like one in effect is refused unless the command says it is a new occurrence. */
class RepeatedMilestonesTest {

    private static final StatutoryReviewHeld FIRST = new StatutoryReviewHeld(CASE, LA, d("2025-02-05"),
            ReviewKind.FIRST, PermanencePlan.ADOPTION, null, NOW, BY, null);
    private static final StatutoryReviewHeld SECOND = new StatutoryReviewHeld(CASE, LA, d("2025-05-05"),
            ReviewKind.SECOND, PermanencePlan.ADOPTION, null, NOW, BY, null);
    /** The second review again, recorded later by someone else. */
    private static final RecordReview SECOND_AGAIN = new RecordReview(CASE, null, d("2025-05-05"), ReviewKind.SECOND,
            PermanencePlan.ADOPTION, null, NOW.plusSeconds(60), "colleague@825", null);

    private FixtureConfiguration<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    @Test
    void anExactDuplicateIsRefusedWhoeverRecordsIt() {
        fixture.given(entered(), FIRST, SECOND)
                .when(SECOND_AGAIN)
                .expectException(CaseStateConflict.class)
                .expectNoEvents();
    }

    @Test
    void aNewOccurrenceIsRecorded() {
        fixture.given(entered(), FIRST, SECOND)
                .when(SECOND_AGAIN, Map.of(RepeatedMilestones.NEW_OCCURRENCE, true))
                .expectEvents(new StatutoryReviewHeld(CASE, LA, d("2025-05-05"), ReviewKind.SECOND,
                        PermanencePlan.ADOPTION, null, NOW.plusSeconds(60), "colleague@825", null));
    }

    @Test
    void aMilestoneDifferingInOneDetailOrOnlyInAVoidedOneIsNoDuplicate() {
        fixture.given(entered(), FIRST, SECOND)
                .when(new RecordReview(CASE, null, d("2025-05-05"), ReviewKind.SECOND, PermanencePlan.ADOPTION,
                        PermanencePlan.LONG_TERM_FOSTERING, NOW, BY, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(entered(), FIRST, SECOND,
                        new EventVoided(CASE, LA, d("2025-05-06"), 2, "recorded on the wrong case", NOW, BY, null))
                .when(SECOND_AGAIN)
                .expectSuccessfulHandlerExecution();
    }
}
