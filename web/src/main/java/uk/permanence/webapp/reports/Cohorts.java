package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** {@code GET /api/reports/cohorts}: the placement orders and ADM decisions of a period, followed forward. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cohorts(ReportScope scope, Instant asOf, LocalDate from, LocalDate to, LocalDate followedTo,
                      String cohort, PlacementOrders placementOrders, AdoptionDecisions adoptionDecisions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlacementOrders(int children, int matched, Days daysFromOrderToMatch, int stillWaiting,
                                  Days daysWaiting, int routeEnded, int earlyDisruptions) {
    }

    /** Mean and median days (null with no children), the children behind them; {@code longest} for the waiting. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Days(Long mean, Double median, int children, boolean smallNumber, Long longest) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdoptionDecisions(int children, int wentOnToPlacementOrder, int wentOnToPlacementConsent,
                                    int planChanged, PlanChangedTo planChangedTo, int planChangedByCourt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanChangedTo(int returnedToParents, int specialGuardianship, int other) {
    }
}
