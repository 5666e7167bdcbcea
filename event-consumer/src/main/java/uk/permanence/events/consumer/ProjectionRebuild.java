package uk.permanence.events.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.web.FieldProblem;

/**
 * Operations only (on the service's own port, with an admin or ops token). {@code POST /admin/rebuild} empties
 * every {@link RecomputedProjection}'s tables and recomputes every case in the journal, a chunk of cases per
 * transaction on several workers, while the consumer keeps applying new events. {@code ?from=topic} instead
 * empties the journal and positions too and sends the consumer back to the start of the topic, which it applies
 * again as it would new events (answered at once; the backlog shows the progress). The alerts raised before are
 * kept either way, so a rebuild raises none twice. {@code GET /admin/checksum} proves a rebuild gives exactly the
 * state that consuming the events gave.
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

    private final TopicReplay topic;

    public ProjectionRebuild(CaseJournal journal, List<RecomputedProjection> projections, JdbcClient jdbc,
                             TransactionTemplate transaction, int workers, TopicReplay topic) {
        this.topic = topic;
        this.journal = journal;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.workers = workers;
    }

    @PostMapping("/admin/rebuild")
    public ResponseEntity<Map<String, Object>> rebuild(@RequestParam(defaultValue = "journal") String from)
            throws Exception {
        return switch (from) {
            case "journal" -> ResponseEntity.ok(fromJournal());
            case "topic" -> ResponseEntity.accepted().body(Map.of("from", "topic", "eventsToApply",
                    topic.replayFromTheStart(() -> empty(List.of("case_event", "case_event_position",
                            "held_case_event", "failed_case_event")))));
            default -> throw FieldProblem.badRequest("from", "must be journal or topic");
        };
    }

    /** A checksum of every projection's checked rows: equal before and after a rebuild, or the rebuild differs. */
    @GetMapping("/admin/checksum")
    public Map<String, String> checksum() {
        String rows = projections.stream().flatMap(projection -> projection.checkedRows().stream())
                .collect(Collectors.joining(" union all "));
        return Map.of("checksum", jdbc.sql("select md5(coalesce(string_agg(row, '|' order by row), '')) from ("
                + rows + ") checked (row)").query(String.class).single());
    }

    private void empty(List<String> consumerTables) {
        List<String> tables = new ArrayList<>(consumerTables);
        projections.forEach(projection -> tables.addAll(projection.tables()));
        if (tables.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> jdbc.sql("truncate " + String.join(", ", tables)).update());
    }

    private Map<String, Object> fromJournal() throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        empty(List.of());
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
                transaction.executeWithoutResult(status -> {
                    List<CaseHistory> histories = journal.histories(chunk);
                    projections.forEach(projection -> projection.recompute(histories));
                });
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
