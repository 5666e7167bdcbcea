package uk.permanence.reporting.scorecard;

import java.time.LocalDate;
import java.time.Period;
import uk.permanence.events.EthnicityGroup;

/**
 * A child adopted in the period, with the legal dates the measures run between and what the splits need.
 *
 * @param matchedOn null where the placement was recorded without a match (allowed before a placement needed one)
 * @param a10StopOn when the foster placement began if the child's own foster carers adopted (early permanence
 *                  included), otherwise the date placed for adoption
 */
public record AdoptedChild(LocalDate enteredCareOn, LocalDate placementOrderOn, LocalDate matchedOn,
                           LocalDate placedOn, LocalDate a10StopOn, Characteristics characteristics) {

    /** The harder-to-place characteristics, and whether the child came through early permanence. */
    public record Characteristics(LocalDate dateOfBirth, boolean siblingGroup, boolean disability,
                                  EthnicityGroup ethnicityGroup, boolean earlyPermanence) {

        public static final Characteristics NOT_RECORDED = new Characteristics(null, false, false, null, false);
    }

    /**
     * Where A2 stops: the match, or for a placement recorded without one the placement date, the latest the match
     * decision can have been (so the figure is never flattered).
     */
    LocalDate a2StopOn() {
        return matchedOn != null ? matchedOn : placedOn;
    }

    boolean matchTakenFromPlacement() {
        return matchedOn == null && placementOrderOn != null;
    }

    boolean fiveOrOverAtEntry() {
        return characteristics.dateOfBirth() != null
                && Period.between(characteristics.dateOfBirth(), enteredCareOn).getYears() >= 5;
    }

    EthnicityGroup ethnicityGroup() {
        return characteristics.ethnicityGroup() == null ? EthnicityGroup.NOT_RECORDED
                : characteristics.ethnicityGroup();
    }
}
