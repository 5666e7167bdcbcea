package uk.permanence.ssda903.journey;

import java.time.LocalDate;
import java.util.Set;
import uk.permanence.ssda903.tables.Source;

/**
 * One milestone derived from the return, on its legal date, with the code that qualifies it (the legal status on
 * entering care, the placement type, the reason a plan changed or care ended) and the row it came from.
 */
public record Milestone(MilestoneKind kind, LocalDate on, String code, Source source) {

    /** The DfE's placement codes for adoption with the child's current foster carers (rules 217 and 335). */
    private static final Set<String> WITH_CURRENT_FOSTER_CARERS = Set.of("A3", "A5");

    /** Whether this is a placement for adoption with the child's current foster carers. */
    public boolean withCurrentFosterCarers() {
        return kind == MilestoneKind.PLACED_FOR_ADOPTION && WITH_CURRENT_FOSTER_CARERS.contains(code);
    }
}
