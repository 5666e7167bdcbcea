package uk.permanence.events.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations only (on the service's own port, with an admin or ops token): {@code POST /admin/rebuild} empties
 * every {@link RecomputedProjection}'s tables and recomputes every case in the journal, a chunk of cases per
 * transaction on several workers, while the consumer keeps applying new events.
 */
@RestController
public class ProjectionRebuild {

    private static final int CASES_PER_TRANSACTION = 250;
    private static final int MAX_ATTEMPTS = 5;

    private final CaseJournal journal;
    private final List<RecomputedProjection> projections;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final int workers;

    public ProjectionRebuild(CaseJournal journal, List<RecomputedProjection> projections, JdbcClient jdbc,
                             TransactionTemplate transaction, int workers) {
        this.journal = journal;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.workers = workers;
    }

    @PostMapping("/admin/rebuild")
    public Map<String, Object> rebuild() throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        List<String> tables = projections.stream().flatMap(projection -> projection.tables().stream()).toList();
        if (!tables.isEmpty()) {
            transaction.executeWithoutResult(status -> jdbc.sql("truncate " + String.join(", ", tables)).update());
        }
        List<String> caseIds = journal.caseIds();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < caseIds.size(); from += CASES_PER_TRANSACTION) {
                List<String> chunk = caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_TRANSACTION));
                chunks.add(pool.submit(() -> recomputeRetryingDeadlocks(chunk)));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long events = jdbc.sql("select count(*) from case_event").query(Long.class).single();
        return Map.of("cases", caseIds.size(), "events", events, "millis", (System.nanoTime() - started) / 1_000_000);
    }

    /** The consumer may recompute the same cases meanwhile; a deadlock between the two is retried, not fatal. */
    private void recomputeRetryingDeadlocks(List<String> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> journal.histories(chunk).forEach(history ->
                        projections.forEach(projection -> projection.recompute(history))));
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
