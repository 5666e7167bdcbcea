package uk.permanence.reporting.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.permanence.reporting.statistics.SmallNumbers;

/** Hand-worked cohorts: orders and ADM decisions in 2025-26, followed to 2026-11-22. */
class ProspectiveCohortsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final SmallNumbers SMALL = new SmallNumbers(5);

    private final List<CaseMilestones> cases = List.of(
            // ordered 2025-05-01, matched 2025-08-09: 100 days
            child("a", m("AdoptionDecisionMade", "2025-02-01"), m("PlacementOrderGranted", "2025-05-01"),
                    m("ChildMatched", "2025-08-09")),
            // matched before the order: 0 days
            child("b", m("AdoptionDecisionMade", "2025-04-10"), m("ChildMatched", "2025-06-01"),
                    m("PlacementOrderGranted", "2025-06-15")),
            // ordered 2025-11-22, placed with no match recorded (before a placement needed one): matched on the
            // placement date, 49 days, and not waiting; disrupted before any adoption order
            child("c", m("PlacementOrderGranted", "2025-11-22"), m("ChildPlacedForAdoption", "2026-01-10"),
                    m("AdoptivePlacementDisrupted", "2026-02-01")),
            // ordered 2025-11-22 and still waiting: 365 days
            child("g", m("PlacementOrderGranted", "2025-11-22")),
            // ADM in the period, then the court changed the plan to special guardianship: no longer waiting
            child("d", m("AdoptionDecisionMade", "2025-09-01"), m("PlacementOrderGranted", "2025-10-01"),
                    new CaseMilestones.Milestone("AdoptionPlanChanged", LocalDate.parse("2026-01-05"),
                            "SPECIAL_GUARDIANSHIP", "COURT")),
            // ADM in the period, the council changed the plan to a return home before any order
            child("e", m("AdoptionDecisionMade", "2025-12-01"),
                    new CaseMilestones.Milestone("AdoptionPlanChanged", LocalDate.parse("2026-02-01"),
                            "RETURN_HOME", "COUNCIL")),
            // ordered before the period: not in the order cohort
            child("f", m("PlacementOrderGranted", "2025-03-31")),
            // ADM in the period, then placed with the parents' consent instead of an order
            child("g", m("AdoptionDecisionMade", "2025-07-01"), m("PlacementConsentGiven", "2025-07-20"),
                    m("ChildMatched", "2025-09-01")));

    @Test
    void thePlacementOrderCohortCountsMatchesWaitsAndDisruptions() {
        Cohorts.PlacementOrders cohort = ProspectiveCohorts.placementOrderCohort(cases, FROM, TO, TODAY, SMALL);

        assertThat(cohort.children()).isEqualTo(5);
        assertThat(cohort.matched()).isEqualTo(3);
        assertThat(cohort.stillWaiting()).isEqualTo(1);
        assertThat(cohort.earlyDisruptions()).isEqualTo(1);
        // 100, 0 and 49 days: 149 / 3 = 49.67
        assertThat(cohort.daysFromOrderToMatch()).isEqualTo(new Cohorts.Days(50L, 49.0, 3, true));
        assertThat(cohort.daysWaiting()).isEqualTo(new Cohorts.Waiting(365L, 365.0, 1, true, 365L));
    }

    @Test
    void averagesFromEnoughChildrenAreNotSmallNumbers() {
        Cohorts.PlacementOrders cohort = ProspectiveCohorts.placementOrderCohort(cases, FROM, TO, TODAY,
                new SmallNumbers(3));

        assertThat(cohort.daysFromOrderToMatch().children()).isEqualTo(3);
        assertThat(cohort.daysFromOrderToMatch().smallNumber()).isFalse();
        assertThat(cohort.daysWaiting().children()).isEqualTo(1);
        assertThat(cohort.daysWaiting().smallNumber()).isTrue();
    }

    @Test
    void theDecisionCohortFollowsDecisionsToOrdersAndChangesOfPlan() {
        Cohorts.AdoptionDecisions cohort = ProspectiveCohorts.decisionCohort(cases, FROM, TO, TODAY);

        assertThat(cohort).isEqualTo(new Cohorts.AdoptionDecisions(4, 2, 1, 2, new Cohorts.PlanChangedTo(1, 1, 0), 1));
    }

    private static CaseMilestones child(String caseId, CaseMilestones.Milestone... milestones) {
        return new CaseMilestones(caseId, Arrays.asList(milestones));
    }

    private static CaseMilestones.Milestone m(String type, String on) {
        return new CaseMilestones.Milestone(type, LocalDate.parse(on), null, null);
    }
}
