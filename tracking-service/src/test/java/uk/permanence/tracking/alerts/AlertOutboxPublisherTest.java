package uk.permanence.tracking.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.RealInfrastructure;

/**
 * The alert outbox is read when a commit wrote to it, never on an idle tick: a publisher of the test's own (so that
 * the service's scheduled one and its consumers cannot wake it) on the service's database and broker, with the
 * connections it takes counted.
 */
@SpringBootTest(properties = "tracking.sweep-interval=PT1H")
@EmbeddedKafka(partitions = 6, topics = {CaseEventTopic.NAME, "permanence.alerts.v1"})
@ContextConfiguration(initializers = RealInfrastructure.class)
class AlertOutboxPublisherTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    KafkaTemplate<String, String> kafka;

    private final AtomicInteger connections = new AtomicInteger();

    @Test
    void anIdlePublisherAsksTheDatabaseNothingAndAWriteCommittedWakesIt() {
        DataSource counted = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                connections.incrementAndGet();
                return super.getConnection();
            }
        };
        JdbcClient jdbc = JdbcClient.create(counted);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(counted));
        AlertOutboxPublisher publisher = new AlertOutboxPublisher(jdbc, kafka, transaction);
        publisher.publishPending();

        connections.set(0);
        for (int tick = 0; tick < 50; tick++) {
            publisher.publishPending();
        }
        assertThat(connections).as("connections taken by 50 idle ticks").hasValue(0);

        String caseId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("insert into alert_outbox (case_id, message) values (?, '{}')").param(caseId).update();
            publisher.wakeAfterCommit();
            publisher.publishPending();
            assertThat(published(caseId)).as("published before its transaction committed").isFalse();
        });
        publisher.publishPending();
        assertThat(published(caseId)).isTrue();

        connections.set(0);
        publisher.publishPending();
        assertThat(connections).hasValue(0);
    }

    private boolean published(String caseId) {
        return JdbcClient.create(dataSource)
                .sql("select count(*) > 0 from alert_outbox where case_id = ? and published_at is not null")
                .param(caseId).query(Boolean.class).single();
    }
}
