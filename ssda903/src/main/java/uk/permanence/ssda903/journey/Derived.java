package uk.permanence.ssda903.journey;

import java.util.List;
import uk.permanence.ssda903.Problem;

/**
 * What the return gives: the journeys of the children whose rows have no problem, and every problem found, each
 * naming its child; a child with a problem has no journey here (all or nothing per child).
 */
public record Derived(List<ChildJourney> journeys, List<Problem> problems) {

    public List<String> refusedChildren() {
        return problems.stream().map(Problem::child).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }
}
