package uk.permanence.tracking.rebuild;

import java.util.List;
import java.util.Map;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.events.consumer.CaseJournal;
import uk.permanence.tracking.journal.TrackedCases;

/**
 * Operations only (the gateway routes nothing outside {@code /api}): rebuild every case's read models from the
 * events this service has applied, and a checksum of the read models to prove a rebuild gives the same state.
 */
@RestController
class RebuildController {

    private static final int CASES_PER_TRANSACTION = 200;
    private static final int MAX_ATTEMPTS = 5;

    private final CaseJournal journal;
    private final TrackedCases cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RebuildController(CaseJournal journal, TrackedCases cases, JdbcClient jdbc, TransactionTemplate transaction) {
        this.journal = journal;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @PostMapping("/admin/rebuild")
    Map<String, Object> rebuild() {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status ->
                jdbc.sql("truncate case_timeliness, case_deadline").update());
        List<String> caseIds = journal.caseIds();
        for (int from = 0; from < caseIds.size(); from += CASES_PER_TRANSACTION) {
            List<String> chunk = caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_TRANSACTION));
            recomputeRetryingDeadlocks(chunk);
        }
        long events = jdbc.sql("select count(*) from case_event").query(Long.class).single();
        return Map.of("cases", caseIds.size(), "events", events, "millis", (System.nanoTime() - started) / 1_000_000);
    }

    /** The consumer may recompute the same cases meanwhile; a deadlock between the two is retried, not fatal. */
    private void recomputeRetryingDeadlocks(List<String> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> chunk.forEach(cases::recompute));
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @GetMapping("/admin/checksum")
    Map<String, String> checksum() {
        return Map.of("checksum", jdbc.sql("""
                select md5(coalesce(string_agg(row, '|' order by row), ''))
                from (select t::text as row from case_timeliness t
                      union all select d::text from case_deadline d
                      union all select concat_ws(',', case_id, rule, severity, due_on) from alert
                                where status = 'open') rows""").query(String.class).single());
    }
}
