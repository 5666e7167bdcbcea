package uk.permanence.reporting.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.reporting.knowledge.KnownVersions;
import uk.permanence.reporting.knowledge.VersionedTable;

/**
 * Each case's SSDA903 rows ({@link ReturnRows}) in three tables, Episodes, PlacedAdoption and AD1, as known over
 * time, recomputed from the case's whole history like every read model (so a rebuild from the journal gives them
 * back). The Header rows are the children of the Episodes rows. The rows of a case are derived once per version,
 * for the three tables together.
 */
@Component
class Ssda903Projection implements RecomputedProjection {

    /** A row with its place among the case's rows of its table (what makes it the same row in a later version). */
    private record Numbered(int number, String laCode, ReturnRows.Row row) {

        String identity() {
            return row.getClass().getSimpleName() + " " + number;
        }
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
        Map<String, List<KnownVersions.Version<Numbered>>> versions = new HashMap<>();
        histories.forEach(history -> versions.put(history.caseId(),
                KnownVersions.of(history, Ssda903Projection::numbered, Numbered::identity)));
        episodes.replace(histories, history -> of(versions, history, ReturnRows.Episode.class), numbered -> {
            ReturnRows.Episode row = (ReturnRows.Episode) numbered.row();
            return Arrays.asList(numbered.number(), numbered.laCode(), row.child(), row.dateOfBirth(), row.started(),
                    row.reasonNewEpisode(), row.legalStatus(), row.placement(), row.ended(), row.reasonEnded());
        });
        decisions.replace(histories, history -> of(versions, history, ReturnRows.PlacedAdoption.class), numbered -> {
            ReturnRows.PlacedAdoption row = (ReturnRows.PlacedAdoption) numbered.row();
            return Arrays.asList(numbered.number(), numbered.laCode(), row.child(), row.dateOfBirth(),
                    row.decidedOn(), row.ceasedOn(), row.reasonCeased(), row.endedOn());
        });
        adoptions.replace(histories, history -> of(versions, history, ReturnRows.Adoption.class), numbered -> {
            ReturnRows.Adoption row = (ReturnRows.Adoption) numbered.row();
            return Arrays.asList(numbered.number(), numbered.laCode(), row.child(), row.dateOfBirth(),
                    row.adoptedOn(), row.decidedOn(), row.matchedOn(), row.fosterCare());
        });
    }

    private static List<KnownVersions.Version<Numbered>> of(Map<String, List<KnownVersions.Version<Numbered>>> versions,
                                                            CaseHistory history,
                                                            Class<? extends ReturnRows.Row> table) {
        return versions.get(history.caseId()).stream().filter(version -> table.isInstance(version.row().row()))
                .toList();
    }

    private static List<Numbered> numbered(CaseHistory history) {
        ReturnRows.Rows rows = ReturnRows.of(history.events());
        List<Numbered> numbered = new ArrayList<>();
        Stream.of(rows.episodes(), rows.decisions(), rows.adoptions()).forEach(table -> {
            for (int i = 0; i < table.size(); i++) {
                numbered.add(new Numbered(i + 1, rows.laCode(), table.get(i)));
            }
        });
        return numbered;
    }
}
