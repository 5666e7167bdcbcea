package uk.permanence.reporting.knowledge;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.permanence.events.consumer.CaseHistory;

/** A per-case read-model table whose rows carry {@code known_from} and {@code known_until}. */
public final class VersionedTable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String insert;

    /** @param columns the table's own columns, {@code case_id} first */
    public VersionedTable(JdbcTemplate jdbc, String table, List<String> columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.insert = "insert into " + table + " (" + String.join(", ", columns) + ", known_from, known_until) values ("
                + Stream.generate(() -> "?").limit(columns.size() + 2L).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Replaces every version of these cases' rows, in two statements whatever their number; {@code versions} gives a
     * case's versions, {@code values} a row's columns after {@code case_id}.
     */
    public <R> void replace(List<CaseHistory> histories, Function<CaseHistory, List<KnownVersions.Version<R>>> versions,
                            Function<R, List<Object>> values) {
        jdbc.update("delete from " + table + " where case_id = any(?)",
                (Object) histories.stream().map(CaseHistory::caseId).toArray(String[]::new));
        jdbc.batchUpdate(insert, histories.stream().flatMap(history -> versions.apply(history).stream()
                .map(version -> Stream.of(Stream.of((Object) history.caseId()), values.apply(version.row()).stream(),
                                Stream.of(Timestamp.from(version.knownFrom()),
                                        version.knownUntil() == null ? null : Timestamp.from(version.knownUntil())))
                        .flatMap(Function.identity()).toArray())).toList());
    }
}
