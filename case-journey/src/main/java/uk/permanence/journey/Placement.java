package uk.permanence.journey;

import java.time.LocalDate;

/**
 * One placement for adoption in the child's history: when the child moved in with the prospective adopters, and
 * when and why it ended (null while it lasts; an adoption order ends it too).
 *
 * @param fosterPlacementStartedOn when the child began living with these carers, if they were the child's foster
 *                                 carers (early permanence)
 * @param endedBecause             {@code disrupted: <reason>}, or why the case closed (such as {@code adopted})
 */
public record Placement(LocalDate placedOn, boolean withCurrentFosterCarers, LocalDate fosterPlacementStartedOn,
                        LocalDate endedOn, String endedBecause) {

    Placement endedOn(LocalDate on, String because) {
        return new Placement(placedOn, withCurrentFosterCarers, fosterPlacementStartedOn, on, because);
    }
}
