package uk.permanence.events.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventEnvelope;

/**
 * Applies delivered case events to this service's projections exactly once and in per-case sequence order.
 * A redelivered event is dropped; an event that arrives after a gap is held (and reported) until the missing
 * events arrive, and never skipped. An event a projection fails on is kept aside and holds only its own case
 * until it is retried; the other cases keep flowing.
 */
public class CaseEventSequencer {

    private static final Logger log = LoggerFactory.getLogger(CaseEventSequencer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CaseJournal journal;
    private final List<RecomputedProjection> projections;
    private final FailedCaseEvents failures;
    private final CaseEventCodec codec;
    private final MeterRegistry meters;
    private final Timer projectionLag;

    public CaseEventSequencer(JdbcClient jdbc, TransactionTemplate transaction, CaseJournal journal,
                              List<RecomputedProjection> projections, FailedCaseEvents failures, CaseEventCodec codec,
                              MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.journal = journal;
        this.projections = projections;
        this.failures = failures;
        this.codec = codec;
        this.meters = meters;
        this.projectionLag = Timer.builder("case_events_projection_lag")
                .description("From an event being recorded to this service's read models holding it")
                .serviceLevelObjectives(LatencyBuckets.BOUNDARIES)
                .register(meters);
        Gauge.builder("case_events_held", () -> jdbc.sql("select count(*) from held_case_event")
                        .query(Long.class).single())
                .description("Events held back by a gap in their case's sequence")
                .register(meters);
        Gauge.builder("case_events_failed", failures::count)
                .description("Events a projection failed on, each holding its case until retried")
                .register(meters);
    }

    public SequenceOutcome accept(String message) {
        return acceptAll(List.of(new Delivery(message, null))).get(0);
    }

    /**
     * Applies a batch of delivered messages in one transaction. If a projection fails, the batch is applied again
     * one event per transaction, and only the events that fail on their own are kept aside. A failure of the
     * database or the transaction itself is thrown, so that the whole batch is delivered again later.
     */
    public List<SequenceOutcome> acceptAll(List<Delivery> deliveries) {
        List<Applied> applied;
        try {
            applied = transaction.execute(status -> applyAll(deliveries));
        } catch (RuntimeException e) {
            rethrowIfInfrastructure(e);
            applied = deliveries.stream().map(delivery -> acceptAlone(delivery, null)).toList();
        }
        Instant committed = Instant.now();
        for (Applied one : applied) {
            meters.counter("case_events_consumed", "outcome", one.outcome().name().toLowerCase()).increment();
            if (one.outcome() == SequenceOutcome.APPLIED) {
                projectionLag.record(Duration.between(one.recordedAt(), committed));
            }
        }
        return applied.stream().map(Applied::outcome).toList();
    }

    /** Tries again every failed event (of one case, or all), each in its own transaction, oldest first. */
    public Map<String, Long> retryFailed(String caseId) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (FailedCaseEvents.FailedCaseEvent failed : failures.list(caseId)) {
            SequenceOutcome outcome = acceptAlone(new Delivery(failed.message(), null, failed.importSource()),
                    failed.id()).outcome();
            outcomes.merge(outcome.name().toLowerCase(), 1L, Long::sum);
        }
        return outcomes;
    }

    private Applied acceptAlone(Delivery delivery, Long retriedFailureId) {
        try {
            return transaction.execute(status -> {
                if (retriedFailureId != null) {
                    failures.forget(retriedFailureId);
                }
                return applyAll(List.of(delivery)).get(0);
            });
        } catch (RuntimeException e) {
            rethrowIfInfrastructure(e);
            transaction.executeWithoutResult(status -> keepAside(delivery, retriedFailureId, e));
            return new Applied(SequenceOutcome.FAILED, null);
        }
    }

    private void keepAside(Delivery delivery, Long retriedFailureId, RuntimeException cause) {
        String error = cause.getClass().getName() + ": " + cause.getMessage();
        if (retriedFailureId != null) {
            failures.failedAgain(retriedFailureId, error);
            log.error("Retried case event failed again: {}", error, cause);
            return;
        }
        Optional<CaseEventEnvelope> envelope = readable(delivery.message());
        failures.record(envelope.map(CaseEventEnvelope::caseId).orElse(null),
                envelope.map(CaseEventEnvelope::sequence).orElse(null), delivery.message(), delivery.importSource(),
                error);
        log.error("Case event kept aside, holding case {} at sequence {}: {}",
                envelope.map(CaseEventEnvelope::caseId).orElse("(unreadable)"),
                envelope.map(CaseEventEnvelope::sequence).orElse(null), error, cause);
    }

    private Optional<CaseEventEnvelope> readable(String message) {
        try {
            return Optional.of(codec.read(message));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void rethrowIfInfrastructure(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (isInfrastructure(cause)) {
                throw e;
            }
        }
    }

    /**
     * The database or the connection to it failed, not the projection: the same event would apply once it is back.
     * A projection may wrap such a failure in its own exception, so each cause is looked at, and a driver's
     * exception by its SQLSTATE class (08 connection, 53 resources, 57 operator intervention, 58 system error).
     */
    private static boolean isInfrastructure(Throwable failure) {
        if (failure instanceof TransientDataAccessException || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException || failure instanceof TransactionException
                || failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof SocketException) {
            return true;
        }
        return failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                && List.of("08", "53", "57", "58").contains(sql.getSQLState().substring(0, 2));
    }

    private List<Applied> applyAll(List<Delivery> deliveries) {
        List<CaseEventEnvelope> envelopes = deliveries.stream().map(delivery -> codec.read(delivery.message()))
                .toList();
        Batch batch = new Batch(envelopes.stream().map(CaseEventEnvelope::caseId).distinct().toList());
        List<Applied> applied = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            CaseEventEnvelope envelope = envelopes.get(i);
            applied.add(new Applied(sequenceInLogContext(envelope, deliveries.get(i), batch), envelope.recordedAt()));
        }
        batch.save();
        List<CaseHistory> histories = journal.histories(batch.touched.keySet());
        projections.forEach(projection -> projection.recomputeAfterNewEvents(histories, batch.touched));
        return applied;
    }

    private SequenceOutcome sequenceInLogContext(CaseEventEnvelope envelope, Delivery delivery, Batch batch) {
        MDC.put("eventId", envelope.eventId().toString());
        if (delivery.correlationId() != null) {
            MDC.put("correlationId", delivery.correlationId());
        }
        try {
            return sequence(envelope, delivery, batch);
        } finally {
            MDC.remove("eventId");
            MDC.remove("correlationId");
        }
    }

    private SequenceOutcome sequence(CaseEventEnvelope envelope, Delivery delivery, Batch batch) {
        String caseId = envelope.caseId();
        long last = batch.positions.get(caseId);
        if (envelope.sequence() <= last) {
            return SequenceOutcome.DUPLICATE;
        }
        if (envelope.sequence() > last + 1) {
            hold(envelope, delivery, last);
            batch.casesWithHeldEvents.add(caseId);
            return SequenceOutcome.HELD;
        }
        batch.apply(envelope, delivery.message(), delivery.importSource());
        long position = envelope.sequence();
        if (batch.casesWithHeldEvents.contains(caseId)) {
            for (Optional<Delivery> next = held(caseId, position + 1); next.isPresent();
                 next = held(caseId, position + 1)) {
                batch.apply(codec.read(next.get().message()), next.get().message(), next.get().importSource());
                position++;
                jdbc.sql("delete from held_case_event where case_id = ? and sequence = ?")
                        .params(caseId, position).update();
            }
        }
        batch.positions.put(caseId, position);
        return SequenceOutcome.APPLIED;
    }

    private void hold(CaseEventEnvelope envelope, Delivery delivery, long last) {
        jdbc.sql("insert into held_case_event (case_id, sequence, envelope, import_source, held_at) "
                        + "values (?, ?, ?, ?, now()) on conflict (case_id, sequence) do nothing")
                .params(envelope.caseId(), envelope.sequence(), delivery.message(), delivery.importSource()).update();
        log.warn("Holding event {} of case {}: waiting for sequence {} first", envelope.sequence(),
                envelope.caseId(), last + 1);
    }

    private Optional<Delivery> held(String caseId, long sequence) {
        return jdbc.sql("select envelope, import_source from held_case_event where case_id = ? and sequence = ?")
                .params(caseId, sequence)
                .query((row, n) -> new Delivery(row.getString(1), null, row.getString(2))).optional();
    }

    /**
     * One batch's cases: their positions, read and locked together at the start and written together at the end,
     * the events to journal, and the cases to recompute (with when their earliest new event was recorded). A few
     * statements per batch rather than several per event.
     */
    private final class Batch {

        private final List<String> caseIds;
        private final Map<String, Long> positions = new LinkedHashMap<>();
        private final Map<String, Long> locked = new LinkedHashMap<>();
        private final Set<String> casesWithHeldEvents = new HashSet<>();
        private final List<CaseJournal.Entry> toJournal = new ArrayList<>();
        private final Map<String, Instant> touched = new LinkedHashMap<>();

        Batch(List<String> caseIds) {
            this.caseIds = caseIds.stream().sorted().toList();
            jdbc.sql("insert into case_event_position (case_id, last_sequence, updated_at) "
                            + "select case_id, -1, now() from unnest(cast(:caseIds as varchar[])) as case_id "
                            + "order by case_id on conflict (case_id) do nothing")
                    .param("caseIds", this.caseIds.toArray(String[]::new)).update();
            jdbc.sql("select case_id, last_sequence from case_event_position where case_id in (:caseIds) "
                            + "order by case_id for update")
                    .param("caseIds", this.caseIds)
                    .query((row, n) -> locked.put(row.getString(1), row.getLong(2)))
                    .list();
            positions.putAll(locked);
            casesWithHeldEvents.addAll(jdbc.sql("select distinct case_id from held_case_event "
                            + "where case_id in (:caseIds)")
                    .param("caseIds", this.caseIds).query(String.class).list());
        }

        void apply(CaseEventEnvelope envelope, String message, String importSource) {
            toJournal.add(new CaseJournal.Entry(envelope, message, importSource));
            touched.putIfAbsent(envelope.caseId(), envelope.recordedAt());
        }

        /** Journals the applied events, moves the positions on, and forgets failures they have overtaken. */
        void save() {
            journal.appendAll(toJournal);
            List<String> moved = caseIds.stream()
                    .filter(caseId -> !positions.get(caseId).equals(locked.get(caseId))).toList();
            if (moved.isEmpty()) {
                return;
            }
            jdbc.sql("update case_event_position p set last_sequence = moved.last_sequence, updated_at = now() "
                            + "from unnest(cast(:caseIds as varchar[]), cast(:positions as bigint[])) "
                            + "as moved(case_id, last_sequence) where p.case_id = moved.case_id")
                    .param("caseIds", moved.toArray(String[]::new))
                    .param("positions", moved.stream().map(positions::get).toArray(Long[]::new))
                    .update();
            failures.forgetOvertaken(moved);
        }
    }

    private record Applied(SequenceOutcome outcome, Instant recordedAt) {
    }
}
