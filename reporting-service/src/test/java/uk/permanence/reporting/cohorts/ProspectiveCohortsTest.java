package uk.permanence.reporting.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
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
        Map<String, Object> cohort = ProspectiveCohorts.placementOrderCohort(cases, FROM, TO, TODAY, SMALL);

        assertThat(cohort).containsEntry("children", 5).containsEntry("matched", 3)
                .containsEntry("stillWaiting", 1).containsEntry("earlyDisruptions", 1);
        // 100, 0 and 49 days: 149 / 3 = 49.67
        assertThat(cohort.get("daysFromOrderToMatch"))
                .isEqualTo(Map.of("mean", 50L, "median", 49.0, "children", 3, "smallNumber", true));
        assertThat(cohort.get("daysWaiting")).isEqualTo(Map.of("mean", 365L, "median", 365.0, "longest", 365L,
                "children", 1, "smallNumber", true));
    }

    @Test
    void averagesFromEnoughChildrenAreNotSmallNumbers() {
        Map<String, Object> cohort = ProspectiveCohorts.placementOrderCohort(cases, FROM, TO, TODAY,
                new SmallNumbers(3));

        assertThat(cohort.get("daysFromOrderToMatch")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("children", 3).containsEntry("smallNumber", false);
        assertThat(cohort.get("daysWaiting")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("children", 1).containsEntry("smallNumber", true);
    }

    @Test
    void theDecisionCohortFollowsDecisionsToOrdersAndChangesOfPlan() {
        Map<String, Object> cohort = ProspectiveCohorts.decisionCohort(cases, FROM, TO, TODAY);

        assertThat(cohort).containsEntry("children", 4).containsEntry("wentOnToPlacementOrder", 2)
                .containsEntry("wentOnToPlacementConsent", 1)
                .containsEntry("planChanged", 2).containsEntry("planChangedByCourt", 1);
        assertThat(cohort.get("planChangedTo"))
                .isEqualTo(Map.of("returnedToParents", 1, "specialGuardianship", 1, "other", 0));
    }

    private static CaseMilestones child(String caseId, CaseMilestones.Milestone... milestones) {
        return new CaseMilestones(caseId, Arrays.asList(milestones));
    }

    private static CaseMilestones.Milestone m(String type, String on) {
        return new CaseMilestones.Milestone(type, LocalDate.parse(on), null, null);
    }
}
