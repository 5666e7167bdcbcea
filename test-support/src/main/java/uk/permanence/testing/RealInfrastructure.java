package uk.permanence.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the real test PostgreSQL (a database named after the service) and at the
 * embedded Kafka broker of {@code @EmbeddedKafka}, and has it verify tokens signed with the test keys ({@link TestTokens}). Use with {@code @ContextConfiguration(initializers = ...)}.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String service = context.getEnvironment().getRequiredProperty("spring.application.name");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("real-infrastructure", Map.of(
                "spring.datasource.url", TestPostgres.jdbcUrl(service.replace('-', '_')),
                "spring.datasource.username", "postgres",
                "spring.kafka.bootstrap-servers", "${spring.embedded.kafka.brokers}",
                "permanence.security.jwk-set-uri", TestTokens.jwkSetUri(),
                "permanence.security.issuer", TestTokens.ISSUER)));
    }
}
