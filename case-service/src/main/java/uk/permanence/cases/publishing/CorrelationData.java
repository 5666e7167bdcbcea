package uk.permanence.cases.publishing;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.permanence.web.RequestLogContext;

/** Copies a command's correlation id onto the events it records, so that it reaches Kafka and the consumers. */
@Configuration
class CorrelationData {

    @Bean
    CorrelationDataProvider correlationIdProvider() {
        return new SimpleCorrelationDataProvider(RequestLogContext.CORRELATION_ID);
    }
}
