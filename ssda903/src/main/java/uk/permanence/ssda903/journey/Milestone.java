package uk.permanence.ssda903.journey;

import java.time.LocalDate;
import uk.permanence.ssda903.tables.Source;

/**
 * One milestone derived from the return, on its legal date, with the code that qualifies it (the legal status on
 * entering care, the placement type, the reason a plan changed or care ended) and the row it came from.
 */
public record Milestone(MilestoneKind kind, LocalDate on, String code, Source source) {
}
