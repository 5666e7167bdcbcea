package uk.permanence.events.consumer;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.permanence.councils.Councils;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.tenancy.TenantArguments;

/**
 * The reference data every consuming service reads (councils and their RAAs, dated national thresholds, from
 * {@code councils.yml} and {@code thresholds.yml}), and the one clock that dates "today" and that tests replace.
 */
@AutoConfiguration
public class ReferenceDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Councils councils(Environment environment) {
        return Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("permanence.councils is missing: is councils.yml imported?"));
    }

    @Bean
    TenantArguments tenantArguments(Councils councils) {
        return new TenantArguments(councils);
    }

    @Bean
    NationalThresholds nationalThresholds(Environment environment) {
        return Binder.get(environment).bind("permanence", NationalThresholds.class).orElseThrow(
                () -> new IllegalStateException("permanence.thresholds is missing: is thresholds.yml imported?"));
    }
}
