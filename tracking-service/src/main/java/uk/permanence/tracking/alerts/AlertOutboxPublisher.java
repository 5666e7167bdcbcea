package uk.permanence.tracking.alerts;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.alerts.AlertEvent;

/**
 * Publishes alert events from the outbox to the alerts topic, keyed by case id, in the order they were written.
 * An event is marked published only after the broker acknowledged it: at least once, never lost.
 */
@Component
class AlertOutboxPublisher {

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transaction;

    AlertOutboxPublisher(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transaction = transaction;
    }

    @Bean
    static NewTopic alertsTopic() {
        return TopicBuilder.name(AlertEvent.TOPIC).partitions(6).replicas(1).build();
    }

    @Scheduled(fixedDelayString = "${tracking.outbox-interval}")
    void publishPending() {
        transaction.executeWithoutResult(status -> jdbc.sql("""
                        select id, case_id, message from alert_outbox where published_at is null
                        order by id limit 500 for update skip locked""")
                .query((row, n) -> {
                    send(row.getString("case_id"), row.getString("message"));
                    jdbc.sql("update alert_outbox set published_at = now() where id = ?")
                            .param(row.getLong("id")).update();
                    return null;
                })
                .list());
    }

    private void send(String caseId, String message) {
        try {
            kafka.send(AlertEvent.TOPIC, caseId, message).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish an alert event; it stays in the outbox", e);
        }
    }
}
