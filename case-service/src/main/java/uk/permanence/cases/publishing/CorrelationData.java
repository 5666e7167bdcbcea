package uk.permanence.cases.publishing;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.permanence.cases.imports.ImportedEvents;
import uk.permanence.web.RequestLogContext;

/**
 * Copies a command's correlation id, and an imported command's import and source row, onto the events it records,
 * so that they reach Kafka and the consumers.
 */
@Configuration
class CorrelationData {

    @Bean
    CorrelationDataProvider correlationIdProvider() {
        return new SimpleCorrelationDataProvider(RequestLogContext.CORRELATION_ID, ImportedEvents.IMPORT_ID,
                ImportedEvents.IMPORT_SOURCE);
    }
}
