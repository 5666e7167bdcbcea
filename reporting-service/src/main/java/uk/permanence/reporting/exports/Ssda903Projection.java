package uk.permanence.reporting.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.reporting.knowledge.KnownVersions;
import uk.permanence.reporting.knowledge.VersionedTable;

/**
 * Each case's SSDA903 rows ({@link ReturnRows}) in three tables, Episodes, PlacedAdoption and AD1, as known over
 * time, recomputed from the case's whole history like every read model (so a rebuild from the journal gives them
 * back). The Header rows are the children of the Episodes rows.
 */
@Component
class Ssda903Projection implements RecomputedProjection {

    /** A row with its place among the case's rows of its table (what makes it the same row in a later version). */
    private record Numbered<R>(int number, String laCode, R row) {
    }

    private final VersionedTable episodes;
    private final VersionedTable decisions;
    private final VersionedTable adoptions;

    Ssda903Projection(JdbcTemplate jdbc) {
        this.episodes = new VersionedTable(jdbc, "ssda903_episode", List.of("case_id", "number", "la_code", "child",
                "date_of_birth", "decom", "rne", "ls", "place", "dec", "rec"));
        this.decisions = new VersionedTable(jdbc, "ssda903_placed_adoption", List.of("case_id", "number", "la_code",
                "child", "date_of_birth", "date_placed", "date_placed_ceased", "reason_placed_ceased",
                "decision_ended_on"));
        this.adoptions = new VersionedTable(jdbc, "ssda903_ad1", List.of("case_id", "number", "la_code", "child",
                "date_of_birth", "adopted_on", "date_int", "date_match", "foster_care"));
    }

    @Override
    public List<String> tables() {
        return List.of("ssda903_episode", "ssda903_placed_adoption", "ssda903_ad1");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        replace(episodes, histories, ReturnRows.Rows::episodes, (number, la, row) -> Arrays.asList(number, la,
                row.child(), row.dateOfBirth(), row.started(), row.reasonNewEpisode(), row.legalStatus(),
                row.placement(), row.ended(), row.reasonEnded()));
        replace(decisions, histories, ReturnRows.Rows::decisions, (number, la, row) -> Arrays.asList(number, la,
                row.child(), row.dateOfBirth(), row.decidedOn(), row.ceasedOn(), row.reasonCeased(), row.endedOn()));
        replace(adoptions, histories, ReturnRows.Rows::adoptions, (number, la, row) -> Arrays.asList(number, la,
                row.child(), row.dateOfBirth(), row.adoptedOn(), row.decidedOn(), row.matchedOn(), row.fosterCare()));
    }

    private interface Values<R> {
        List<Object> of(int number, String laCode, R row);
    }

    private static <R> void replace(VersionedTable table, List<CaseHistory> histories,
                                    Function<ReturnRows.Rows, List<R>> rowsOfTable, Values<R> values) {
        table.replace(histories, history -> KnownVersions.of(history, prefix -> numbered(prefix, rowsOfTable),
                        Numbered::number),
                numbered -> values.of(numbered.number(), numbered.laCode(), numbered.row()));
    }

    private static <R> List<Numbered<R>> numbered(CaseHistory history,
                                                  Function<ReturnRows.Rows, List<R>> rowsOfTable) {
        ReturnRows.Rows all = ReturnRows.of(history.events());
        List<R> rows = rowsOfTable.apply(all);
        List<Numbered<R>> numbered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Numbered<>(i + 1, all.laCode(), rows.get(i)));
        }
        return numbered;
    }
}
