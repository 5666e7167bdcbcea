package uk.permanence.journey;

import java.time.LocalDate;

/**
 * One period of care: from entering care to leaving it (or to now, while {@code closedOn} is null). A child who
 * returns to care starts a new period (SSDA903: a new episode with RNE S), and the adoption measures count within
 * the period that ended in adoption.
 */
public record CarePeriod(LocalDate enteredCareOn, LocalDate adoptionDecisionOn, LocalDate placementOrderOn,
                         LocalDate earlyPermanencePlacementOn, LocalDate matchedOn, LocalDate placedOn,
                         LocalDate fosterPlacementStartedOn, LocalDate closedOn, String closedBecause) {

    public static final String ADOPTED = "adopted";

    public boolean endedInAdoption() {
        return ADOPTED.equals(closedBecause);
    }
}
