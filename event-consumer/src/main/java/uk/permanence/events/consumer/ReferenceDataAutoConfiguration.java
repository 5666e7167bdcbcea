package uk.permanence.events.consumer;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.permanence.councils.NationalThresholds;

/**
 * The reference data every consuming service reads beyond the councils (dated national thresholds, from
 * {@code thresholds.yml}), and the one clock that dates "today" and that tests replace.
 */
@AutoConfiguration
public class ReferenceDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NationalThresholds nationalThresholds(Environment environment) {
        return Binder.get(environment).bind("permanence", NationalThresholds.class).orElseThrow(
                () -> new IllegalStateException("permanence.thresholds is missing: is thresholds.yml imported?"));
    }
}
