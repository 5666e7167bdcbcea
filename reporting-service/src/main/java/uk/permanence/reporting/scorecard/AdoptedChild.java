package uk.permanence.reporting.scorecard;

import java.time.LocalDate;

/**
 * A child adopted in the period, with the legal dates the measures run between.
 *
 * @param a10StopOn when the foster placement began if the child's own foster carers adopted (early permanence
 *                  included), otherwise the date placed for adoption
 */
public record AdoptedChild(LocalDate enteredCareOn, LocalDate placementOrderOn, LocalDate matchedOn,
                           LocalDate placedOn, LocalDate a10StopOn) {
}
