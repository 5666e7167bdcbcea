package uk.permanence.reporting.cohorts;

import java.time.Instant;
import java.time.LocalDate;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * The placement-order cohort and the ADM-decision cohort of a period ({@code from} to {@code to}), followed forward
 * to {@code followedTo} ({@link ProspectiveCohorts}).
 */
record Cohorts(ReportedScope scope, Instant asOf, LocalDate from, LocalDate to, LocalDate followedTo, String cohort,
               PlacementOrders placementOrders, AdoptionDecisions adoptionDecisions) {

    /** Mean and median days (each null when there is nothing to average), with the number of children behind them. */
    record Days(Long mean, Double median, int children, boolean smallNumber) {
    }

    /** As {@link Days}, with the longest wait (0 when nobody waits). */
    record Waiting(Long mean, Double median, int children, boolean smallNumber, long longest) {
    }

    record PlacementOrders(int children, int matched, Days daysFromOrderToMatch, int stillWaiting,
                           Waiting daysWaiting, int routeEnded, int earlyDisruptions) {
    }

    record PlanChangedTo(int returnedToParents, int specialGuardianship, int other) {
    }

    record AdoptionDecisions(int children, int wentOnToPlacementOrder, int wentOnToPlacementConsent, int planChanged,
                             PlanChangedTo planChangedTo, int planChangedByCourt) {
    }
}
