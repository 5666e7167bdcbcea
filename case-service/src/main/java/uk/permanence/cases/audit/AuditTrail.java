package uk.permanence.cases.audit;

import java.sql.Timestamp;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.transaction.annotation.Transactional;
import uk.permanence.audit.CaseRead;

/**
 * Keeps every {@link CaseRead} published by the services, once each (a redelivered record is ignored). The audit
 * topic is declared here because case-service owns the trail.
 */
@Configuration
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    NewTopic auditTopic(@Value("${permanence.case-events.partitions}") int partitions,
                        @Value("${permanence.case-events.replicas}") short replicas) {
        return TopicBuilder.name(CaseRead.TOPIC).partitions(partitions).replicas(replicas).build();
    }

    @KafkaListener(id = "audit-trail", topics = CaseRead.TOPIC, groupId = "case-service-audit", batch = "true")
    @Transactional
    public void keep(List<String> messages) {
        for (String message : messages) {
            CaseRead read = CaseRead.fromJson(message);
            jdbc.sql("""
                            insert into audit_read (read_id, read_at, user_id, role, tenant, case_id, service, endpoint,
                                                    query, correlation_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(read.readId(), Timestamp.from(read.readAt()), read.user(), read.role(), read.tenant(),
                            read.caseId(), read.service(), read.endpoint(), read.query(), read.correlationId())
                    .update();
        }
    }
}
