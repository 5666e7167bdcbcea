package uk.permanence.events.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventEnvelope;

/**
 * Applies delivered case events to this service's projections exactly once and in per-case sequence order.
 * A redelivered event is dropped; an event that arrives after a gap is held (and reported) until the missing
 * events arrive, and never skipped.
 */
public class CaseEventSequencer {

    private static final Logger log = LoggerFactory.getLogger(CaseEventSequencer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<CaseEventProjection> projections;
    private final CaseEventCodec codec;
    private final MeterRegistry meters;
    private final Timer projectionLag;

    public CaseEventSequencer(JdbcClient jdbc, TransactionTemplate transaction, List<CaseEventProjection> projections,
                              CaseEventCodec codec, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.projections = projections;
        this.codec = codec;
        this.meters = meters;
        this.projectionLag = Timer.builder("case_events_projection_lag")
                .description("From an event being recorded to this service's read models holding it")
                .publishPercentiles(0.5, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(5))
                .register(meters);
        Gauge.builder("case_events_held", () -> jdbc.sql("select count(*) from held_case_event")
                        .query(Long.class).single())
                .description("Events held back by a gap in their case's sequence")
                .register(meters);
    }

    public SequenceOutcome accept(String message) {
        return acceptAll(List.of(new Delivery(message, null))).get(0);
    }

    /** Applies a batch of delivered messages in one transaction: all of them, or (on failure) none. */
    public List<SequenceOutcome> acceptAll(List<Delivery> deliveries) {
        List<CaseEventEnvelope> envelopes = deliveries.stream().map(delivery -> codec.read(delivery.message())).toList();
        List<SequenceOutcome> outcomes = transaction.execute(status -> {
            List<SequenceOutcome> done = new ArrayList<>();
            for (int i = 0; i < deliveries.size(); i++) {
                done.add(sequenceInLogContext(envelopes.get(i), deliveries.get(i)));
            }
            projections.forEach(CaseEventProjection::batchApplied);
            return done;
        });
        Instant committed = Instant.now();
        for (int i = 0; i < outcomes.size(); i++) {
            meters.counter("case_events_consumed", "outcome", outcomes.get(i).name().toLowerCase()).increment();
            if (outcomes.get(i) == SequenceOutcome.APPLIED) {
                projectionLag.record(Duration.between(envelopes.get(i).recordedAt(), committed));
            }
        }
        return outcomes;
    }

    private SequenceOutcome sequenceInLogContext(CaseEventEnvelope envelope, Delivery delivery) {
        MDC.put("eventId", envelope.eventId().toString());
        if (delivery.correlationId() != null) {
            MDC.put("correlationId", delivery.correlationId());
        }
        try {
            return sequence(envelope, delivery.message());
        } finally {
            MDC.remove("eventId");
            MDC.remove("correlationId");
        }
    }

    private SequenceOutcome sequence(CaseEventEnvelope envelope, String message) {
        long last = lockPosition(envelope.caseId());
        if (envelope.sequence() <= last) {
            return SequenceOutcome.DUPLICATE;
        }
        if (envelope.sequence() > last + 1) {
            hold(envelope, message, last);
            return SequenceOutcome.HELD;
        }
        apply(envelope);
        long position = envelope.sequence();
        for (Optional<String> next = held(envelope.caseId(), position + 1); next.isPresent();
             next = held(envelope.caseId(), position + 1)) {
            apply(codec.read(next.get()));
            position++;
            jdbc.sql("delete from held_case_event where case_id = ? and sequence = ?")
                    .params(envelope.caseId(), position).update();
        }
        jdbc.sql("update case_event_position set last_sequence = ?, updated_at = now() where case_id = ?")
                .params(position, envelope.caseId()).update();
        return SequenceOutcome.APPLIED;
    }

    private long lockPosition(String caseId) {
        jdbc.sql("insert into case_event_position (case_id, last_sequence, updated_at) values (?, -1, now()) "
                        + "on conflict (case_id) do nothing")
                .param(caseId).update();
        return jdbc.sql("select last_sequence from case_event_position where case_id = ? for update")
                .param(caseId).query(Long.class).single();
    }

    private void hold(CaseEventEnvelope envelope, String message, long last) {
        jdbc.sql("insert into held_case_event (case_id, sequence, envelope, held_at) values (?, ?, ?, now()) "
                        + "on conflict (case_id, sequence) do nothing")
                .params(envelope.caseId(), envelope.sequence(), message).update();
        log.warn("Holding event {} of case {}: waiting for sequence {} first", envelope.sequence(),
                envelope.caseId(), last + 1);
    }

    private Optional<String> held(String caseId, long sequence) {
        return jdbc.sql("select envelope from held_case_event where case_id = ? and sequence = ?")
                .params(caseId, sequence).query(String.class).optional();
    }

    private void apply(CaseEventEnvelope envelope) {
        codec.payload(envelope).ifPresentOrElse(
                event -> projections.forEach(projection -> projection.apply(envelope, event)),
                () -> log.debug("Skipping event type {} unknown to this contract version", envelope.type()));
    }
}
