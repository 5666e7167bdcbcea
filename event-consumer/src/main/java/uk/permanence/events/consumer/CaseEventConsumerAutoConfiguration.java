package uk.permanence.events.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import uk.permanence.events.CaseEventCodec;

/** Wires case-event consumption into any service that declares a {@link RecomputedProjection}. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean(RecomputedProjection.class)
public class CaseEventConsumerAutoConfiguration {

    @Bean
    CaseEventSequencer caseEventSequencer(JdbcClient jdbc, PlatformTransactionManager transactions, CaseJournal journal,
                                          List<RecomputedProjection> projections, FailedCaseEvents failures,
                                          MeterRegistry meters) {
        return new CaseEventSequencer(jdbc, new TransactionTemplate(transactions), journal, projections, failures,
                new CaseEventCodec(), meters);
    }

    @Bean
    FailedCaseEvents failedCaseEvents(JdbcClient jdbc) {
        return new FailedCaseEvents(jdbc);
    }

    @Bean
    CaseEventBacklog caseEventBacklog(KafkaAdmin kafkaAdmin, Environment environment, MeterRegistry meters) {
        return new CaseEventBacklog(kafkaAdmin.getConfigurationProperties(),
                environment.getRequiredProperty("spring.application.name"),
                environment.getProperty("permanence.case-events.backlog-check-interval", Duration.class,
                        Duration.ofSeconds(5)),
                meters);
    }

    @Bean
    CaseEventConsumerHealth caseEventsHealthIndicator(KafkaListenerEndpointRegistry registry, CaseEventBacklog backlog,
                                                      Environment environment) {
        return new CaseEventConsumerHealth(registry, backlog,
                environment.getProperty("permanence.case-events.stuck-after", Duration.class, Duration.ofMinutes(2)));
    }

    @Bean
    ProjectionRebuild projectionRebuild(CaseJournal journal, List<RecomputedProjection> projections, JdbcClient jdbc,
                                        PlatformTransactionManager transactions, Environment environment,
                                        KafkaListenerEndpointRegistry registry, KafkaAdmin kafkaAdmin) {
        return new ProjectionRebuild(journal, projections, jdbc, new TransactionTemplate(transactions),
                environment.getProperty("permanence.rebuild.workers", Integer.class,
                        Runtime.getRuntime().availableProcessors()),
                new TopicReplay(registry, kafkaAdmin.getConfigurationProperties(),
                        environment.getRequiredProperty("spring.application.name")));
    }

    @Bean
    CaseEventConsumerControl caseEventConsumerControl(KafkaListenerEndpointRegistry registry,
                                                      CaseEventSequencer sequencer, FailedCaseEvents failures) {
        return new CaseEventConsumerControl(registry, sequencer, failures);
    }

    @Bean
    CaseJournal caseJournal(JdbcClient jdbc) {
        return new CaseJournal(jdbc);
    }

    @Bean
    CaseEventListener caseEventListener(CaseEventSequencer sequencer) {
        return new CaseEventListener(sequencer);
    }

    /**
     * A batch that fails on the database or the broker (a projection's failure on one event is kept aside by the
     * sequencer instead) is retried, with growing pauses, until it succeeds: case events are never skipped.
     */
    @Bean
    CommonErrorHandler caseEventErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return new DefaultErrorHandler(backOff);
    }
}
