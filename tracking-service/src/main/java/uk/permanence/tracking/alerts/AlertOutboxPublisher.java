package uk.permanence.tracking.alerts;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.alerts.AlertEvent;

/**
 * Publishes alert events from the outbox to the alerts topic, keyed by case id, in the order they were written.
 * An event is marked published only after the broker acknowledged it: at least once, never lost.
 *
 * <p>The outbox is read only when there may be something in it: after a transaction that wrote to it commits, after
 * a batch that failed or filled up, at start-up, and on a slow sweep for rows no wake-up announced (another
 * instance's, or a crash's between commit and publishing). An idle service asks the database nothing.
 */
@Component
class AlertOutboxPublisher {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transaction;
    private final AtomicBoolean pending = new AtomicBoolean(true);

    AlertOutboxPublisher(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transaction = transaction;
    }

    @Bean
    static NewTopic alertsTopic() {
        return TopicBuilder.name(AlertEvent.TOPIC).partitions(6).replicas(1).build();
    }

    /** Has the outbox read once the current transaction commits (at once outside a transaction). */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pending.set(true);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pending.set(true);
            }
        });
    }

    @Scheduled(fixedDelayString = "${tracking.outbox-sweep}")
    void sweep() {
        pending.set(true);
    }

    @Scheduled(fixedDelayString = "${tracking.outbox-interval}")
    void publishPending() {
        if (!pending.getAndSet(false)) {
            return;
        }
        try {
            List<Object> sent = transaction.execute(status -> jdbc.sql("""
                            select id, case_id, message from alert_outbox where published_at is null
                            order by id limit ? for update skip locked""")
                    .param(BATCH)
                    .query((row, n) -> {
                        send(row.getString("case_id"), row.getString("message"));
                        jdbc.sql("update alert_outbox set published_at = now() where id = ?")
                                .param(row.getLong("id")).update();
                        return null;
                    })
                    .list());
            if (sent != null && sent.size() == BATCH) {
                pending.set(true);
            }
        } catch (RuntimeException e) {
            pending.set(true);
            throw e;
        }
    }

    private void send(String caseId, String message) {
        try {
            kafka.send(AlertEvent.TOPIC, caseId, message).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish an alert event; it stays in the outbox", e);
        }
    }
}
