package uk.permanence.reporting.dataquality;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;

/**
 * Which events of each case were imported from an SSDA903 return: their recording time is the import's, so the
 * recording lag leaves them out. Kept from the topic's import-source header, which the journal keeps for rebuilds.
 */
@Component
class ImportedEvents implements RecomputedProjection {

    private final JdbcTemplate jdbc;

    ImportedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("imported_event");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        jdbc.update("delete from imported_event where case_id = any(?)",
                (Object) histories.stream().map(CaseHistory::caseId).toArray(String[]::new));
        List<Object[]> rows = histories.stream().flatMap(history -> history.importSources().entrySet().stream()
                        .map((Map.Entry<Long, String> source) -> new Object[] {history.caseId(), source.getKey(),
                                source.getValue()}))
                .toList();
        jdbc.batchUpdate("insert into imported_event (case_id, sequence, import_source) values (?, ?, ?)", rows);
    }
}
