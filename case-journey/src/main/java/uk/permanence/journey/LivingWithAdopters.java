package uk.permanence.journey;

import java.time.LocalDate;

/**
 * When the child began living with the people who are to adopt them, where A10 stops its clock: the foster placement
 * start for foster carers who adopt, else the placement for adoption; before placement, the start of an early
 * permanence placement (carers approved as adopters), unless an adoptive placement has disrupted since.
 */
public final class LivingWithAdopters {

    private LivingWithAdopters() {
    }

    /** The date, or null while the child does not live with prospective adopters. */
    public static LocalDate since(CaseJourney journey) {
        if (journey.placedForAdoption()) {
            return journey.fosterPlacementStartedOn() != null
                    ? journey.fosterPlacementStartedOn() : journey.placedOn();
        }
        LocalDate earlyPermanence = journey.earlyPermanencePlacementOn();
        boolean disruptedSince = earlyPermanence != null && journey.placements().stream()
                .anyMatch(placement -> !earlyPermanence.isAfter(placement.placedOn()));
        return disruptedSince ? null : earlyPermanence;
    }
}
