package uk.permanence.reporting.summary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.CaseJourney;
import uk.permanence.reporting.knowledge.KnownVersions;
import uk.permanence.reporting.knowledge.VersionedTable;

/** Knows which children are in each council's care, as known over time, recomputed from each case's history. */
@Component
class ChildrenInCareProjection implements RecomputedProjection {

    private record ChildInCare(String laCode, LocalDate enteredCareOn, LocalDate leftCareOn) {
    }

    private final VersionedTable table;

    ChildrenInCareProjection(JdbcTemplate jdbc) {
        this.table = new VersionedTable(jdbc, "child_in_care",
                List.of("case_id", "la_code", "entered_care_on", "left_care_on"));
    }

    @Override
    public List<String> tables() {
        return List.of("child_in_care");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        table.replace(histories,
                history -> KnownVersions.of(history, ChildrenInCareProjection::childInCare, row -> ""),
                row -> Arrays.asList(row.laCode(), row.enteredCareOn(), row.leftCareOn()));
    }

    private static List<ChildInCare> childInCare(CaseHistory history) {
        CaseJourney journey = history.journey();
        return journey.enteredCareOn() == null || journey.laCode() == null ? List.of()
                : List.of(new ChildInCare(journey.laCode(), journey.enteredCareOn(), journey.closedOn()));
    }
}
