package uk.permanence.events.consumer;

import java.util.List;
import java.util.Map;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations only (on the service's own port, with an admin or ops token): {@code POST /admin/rebuild} empties
 * every {@link RecomputedProjection}'s tables and recomputes every case in the journal, a chunk of cases per
 * transaction, while the consumer keeps applying new events.
 */
@RestController
public class ProjectionRebuild {

    private static final int CASES_PER_TRANSACTION = 200;
    private static final int MAX_ATTEMPTS = 5;

    private final CaseJournal journal;
    private final List<RecomputedProjection> projections;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public ProjectionRebuild(CaseJournal journal, List<RecomputedProjection> projections, JdbcClient jdbc,
                             TransactionTemplate transaction) {
        this.journal = journal;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @PostMapping("/admin/rebuild")
    public Map<String, Object> rebuild() {
        long started = System.nanoTime();
        List<String> tables = projections.stream().flatMap(projection -> projection.tables().stream()).toList();
        if (!tables.isEmpty()) {
            transaction.executeWithoutResult(status -> jdbc.sql("truncate " + String.join(", ", tables)).update());
        }
        List<String> caseIds = journal.caseIds();
        for (int from = 0; from < caseIds.size(); from += CASES_PER_TRANSACTION) {
            recomputeRetryingDeadlocks(caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_TRANSACTION)));
        }
        long events = jdbc.sql("select count(*) from case_event").query(Long.class).single();
        return Map.of("cases", caseIds.size(), "events", events, "millis", (System.nanoTime() - started) / 1_000_000);
    }

    /** The consumer may recompute the same cases meanwhile; a deadlock between the two is retried, not fatal. */
    private void recomputeRetryingDeadlocks(List<String> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> chunk.forEach(caseId ->
                        projections.forEach(projection -> projection.recompute(caseId))));
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
