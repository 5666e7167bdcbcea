package uk.permanence.reporting.quarterly;

import java.util.List;
import java.util.stream.Stream;

/**
 * One council's (or the total's) line of the quarterly return. {@code placementConsents}: authority to place given by
 * the parents' consent (ACA 2002 s19) instead of a placement order.
 */
record QuarterCounts(String laCode, long admDecisions, long placementOrders, long placementConsents, long matches,
                     long placements,
                     long adoptionOrders, long specialGuardianshipOrders, long decisionsReversed,
                     long earlyPermanencePlacements, Waiting waitingWithOrder) {

    /** Children with a placement order in force and no match at the quarter's end, and how long they have waited. */
    record Waiting(long total, long over90DaysSinceOrder, long over18MonthsSinceEntry, long over12MonthsSinceOrder,
                   long over18MonthsSinceOrder) {

        Waiting plus(Waiting other) {
            return new Waiting(total + other.total, over90DaysSinceOrder + other.over90DaysSinceOrder,
                    over18MonthsSinceEntry + other.over18MonthsSinceEntry,
                    over12MonthsSinceOrder + other.over12MonthsSinceOrder,
                    over18MonthsSinceOrder + other.over18MonthsSinceOrder);
        }
    }

    QuarterCounts plus(String label, QuarterCounts other) {
        return new QuarterCounts(label, admDecisions + other.admDecisions, placementOrders + other.placementOrders,
                placementConsents + other.placementConsents, matches + other.matches, placements + other.placements, adoptionOrders + other.adoptionOrders,
                specialGuardianshipOrders + other.specialGuardianshipOrders,
                decisionsReversed + other.decisionsReversed,
                earlyPermanencePlacements + other.earlyPermanencePlacements,
                waitingWithOrder.plus(other.waitingWithOrder));
    }

    static final List<String> CSV_HEADER = List.of("la_code", "adm_decisions", "placement_orders", "placement_consents",
            "matches",
            "placements", "adoption_orders", "special_guardianship_orders", "decisions_reversed",
            "early_permanence_placements", "waiting_with_order", "waiting_over_90_days_since_order",
            "waiting_18_months_since_entry", "waiting_12_months_since_order", "waiting_18_months_since_order");

    List<String> csvCells() {
        return Stream.of(laCode, admDecisions, placementOrders, placementConsents, matches, placements, adoptionOrders,
                specialGuardianshipOrders, decisionsReversed, earlyPermanencePlacements, waitingWithOrder.total(),
                waitingWithOrder.over90DaysSinceOrder(), waitingWithOrder.over18MonthsSinceEntry(),
                waitingWithOrder.over12MonthsSinceOrder(), waitingWithOrder.over18MonthsSinceOrder())
                .map(String::valueOf).toList();
    }
}
