package uk.permanence.tenancy;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.permanence.councils.Councils;
import uk.permanence.tokens.ClaimNames;
import org.springframework.kafka.core.KafkaTemplate;
import uk.permanence.web.CaseReadAudit;
import uk.permanence.web.RequestLogContext;

/**
 * What every MVC service needs from a request: the councils and RAAs ({@code councils.yml}), a {@code Tenant}
 * argument for controllers, and the correlation id and caller's council in every log line, and an audit record of every read of case data.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class TenantWebAutoConfiguration {

    @Bean
    Councils councils(Environment environment) {
        return Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("permanence.councils is missing: is councils.yml imported?"));
    }

    @Bean
    TenantArguments tenantArguments(Councils councils, ClaimNames claims, ObjectProvider<Clock> clock) {
        return new TenantArguments(councils, claims, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    RequestLogContext requestLogContext() {
        return new RequestLogContext();
    }

    @Bean
    CaseReadAudit caseReadAudit(KafkaTemplate<String, String> kafka, TenantArguments tenants,
                                Environment environment) {
        return new CaseReadAudit(kafka, tenants, environment.getRequiredProperty("spring.application.name"),
                Clock.systemUTC());
    }
}
