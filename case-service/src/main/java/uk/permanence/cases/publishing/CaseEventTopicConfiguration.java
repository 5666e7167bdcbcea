package uk.permanence.cases.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import uk.permanence.events.CaseEventTopic;

/** case-service owns the case-events topic, so it declares it. */
@Configuration
class CaseEventTopicConfiguration {

    @Bean
    NewTopic caseEventsTopic(@Value("${permanence.case-events.partitions}") int partitions,
                             @Value("${permanence.case-events.replicas}") short replicas) {
        return TopicBuilder.name(CaseEventTopic.NAME).partitions(partitions).replicas(replicas).build();
    }
}
