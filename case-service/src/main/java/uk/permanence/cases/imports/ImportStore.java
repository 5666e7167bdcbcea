package uk.permanence.cases.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imports' state, files and reports in case-service's database, so that a poll after a restart answers. */
@Component
class ImportStore {

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Counts(int children, int childrenImported, int childrenRefused, int childrenUnchanged, int eventsAppended,
                  int milestonesAlreadyHeld) {
    }

    void create(UUID importId, String laCode, String requestedBy, List<ImportResource.ImportedFile> files,
                Instant startedAt) {
        jdbc.sql("insert into ssda903_import (import_id, la_code, status, requested_by, started_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(importId, laCode, ImportStatus.QUEUED.name(), requestedBy, Timestamp.from(startedAt))
                .update();
        for (int i = 0; i < files.size(); i++) {
            ImportResource.ImportedFile file = files.get(i);
            jdbc.sql("insert into ssda903_import_file (import_id, position, name, collection_year) "
                            + "values (?, ?, ?, ?)")
                    .params(importId, i, file.name(), file.collectionYear()).update();
        }
    }

    void status(UUID importId, ImportStatus status) {
        jdbc.sql("update ssda903_import set status = ? where import_id = ?").params(status.name(), importId)
                .update();
    }

    void fileRead(UUID importId, int position, String table, int rows) {
        jdbc.sql("update ssda903_import_file set table_name = ?, row_count = ? where import_id = ? and position = ?")
                .params(table, rows, importId, position).update();
    }

    void problems(UUID importId, List<ImportReport.ProblemRow> problems) {
        if (problems.isEmpty()) {
            return;
        }
        int first = jdbc.sql("select count(*) from ssda903_import_problem where import_id = ?").param(importId)
                .query(Integer.class).single();
        for (int i = 0; i < problems.size(); i++) {
            ImportReport.ProblemRow problem = problems.get(i);
            jdbc.sql("insert into ssda903_import_problem (import_id, position, child, file, table_name, row_number, "
                            + "rule, field, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(importId, first + i, problem.child(), problem.file(), problem.table(), problem.row(),
                            problem.rule(), problem.field(), problem.message())
                    .update();
        }
    }

    void conflicts(UUID importId, List<ImportReport.ConflictRow> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        int first = jdbc.sql("select count(*) from ssda903_import_conflict where import_id = ?").param(importId)
                .query(Integer.class).single();
        for (int i = 0; i < conflicts.size(); i++) {
            ImportReport.ConflictRow conflict = conflicts.get(i);
            jdbc.sql("insert into ssda903_import_conflict (import_id, position, child, milestone, held, imported, "
                            + "message) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(importId, first + i, conflict.child(), conflict.milestone(), conflict.held(),
                            conflict.imported(), conflict.message())
                    .update();
        }
    }

    void counts(UUID importId, Counts counts) {
        jdbc.sql("update ssda903_import set children = ?, children_imported = ?, children_refused = ?, "
                        + "children_unchanged = ?, events_appended = ?, milestones_already_held = ? "
                        + "where import_id = ?")
                .params(counts.children(), counts.childrenImported(), counts.childrenRefused(),
                        counts.childrenUnchanged(), counts.eventsAppended(), counts.milestonesAlreadyHeld(), importId)
                .update();
    }

    void finish(UUID importId, ImportStatus status, String failure, Instant finishedAt) {
        jdbc.sql("update ssda903_import set status = ?, failure = ?, finished_at = ? where import_id = ?")
                .params(status.name(), failure, Timestamp.from(finishedAt), importId).update();
    }

    /** Imports a restart interrupted: their work is lost with the process, and re-running one is safe. */
    int failInterrupted(Instant now) {
        return jdbc.sql("update ssda903_import set status = ?, finished_at = ?, failure = ? "
                        + "where status in (?, ?, ?)")
                .params(ImportStatus.FAILED.name(), Timestamp.from(now), "interrupted by a restart of the service: "
                                + "upload the files again (an import appends nothing already held)",
                        ImportStatus.QUEUED.name(), ImportStatus.VALIDATING.name(), ImportStatus.IMPORTING.name())
                .update();
    }

    Optional<ImportResource> find(UUID importId) {
        List<ImportResource.ImportedFile> files = jdbc.sql("select name, table_name, collection_year, row_count "
                        + "from ssda903_import_file where import_id = ? order by position")
                .param(importId)
                .query((row, n) -> new ImportResource.ImportedFile(row.getString(1), row.getString(2),
                        row.getString(3), (Integer) row.getObject(4)))
                .list();
        return jdbc.sql("""
                        select la_code, status, children, children_imported, children_refused, children_unchanged,
                               events_appended, milestones_already_held,
                               (select count(*) from ssda903_import_conflict c where c.import_id = i.import_id),
                               (select count(*) from ssda903_import_problem p where p.import_id = i.import_id),
                               started_at, finished_at, failure
                        from ssda903_import i where import_id = ?""")
                .param(importId)
                .query((row, n) -> new ImportResource(importId, row.getString(1),
                        ImportStatus.valueOf(row.getString(2)), files, row.getInt(3), row.getInt(4), row.getInt(5),
                        row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10),
                        row.getTimestamp(11).toInstant(),
                        row.getTimestamp(12) == null ? null : row.getTimestamp(12).toInstant(), row.getString(13)))
                .optional();
    }

    ImportReport report(UUID importId) {
        List<ImportReport.ProblemRow> problems = jdbc.sql("select child, file, table_name, row_number, rule, field, "
                        + "message from ssda903_import_problem where import_id = ? order by position")
                .param(importId)
                .query((row, n) -> new ImportReport.ProblemRow(row.getString(1), row.getString(2), row.getString(3),
                        (Integer) row.getObject(4), row.getString(5), row.getString(6), row.getString(7)))
                .list();
        List<ImportReport.ConflictRow> conflicts = jdbc.sql("select child, milestone, held, imported, message "
                        + "from ssda903_import_conflict where import_id = ? order by position")
                .param(importId)
                .query((row, n) -> new ImportReport.ConflictRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)))
                .list();
        List<String> refused = problems.stream().map(ImportReport.ProblemRow::child)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        return new ImportReport(importId, problems, conflicts, refused);
    }
}
