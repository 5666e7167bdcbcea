package uk.permanence.reporting;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.permanence.reporting.statistics.SmallNumbers;

/** The small-number threshold from configuration: {@code statistics/} itself knows nothing of Spring. */
@Configuration
class StatisticsConfiguration {

    @Bean
    SmallNumbers smallNumbers(Environment environment) {
        return Binder.get(environment).bindOrCreate("reporting.small-numbers", SmallNumbers.class);
    }
}
