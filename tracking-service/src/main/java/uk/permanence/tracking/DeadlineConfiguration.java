package uk.permanence.tracking;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.deadlines.TrackingRules;
import uk.permanence.tracking.deadlines.WorkingDays;

/** The rules table from configuration: {@code deadlines/} itself knows nothing of Spring. */
@Configuration
class DeadlineConfiguration {

    @Bean
    TrackingRules trackingRules(Environment environment) {
        return Binder.get(environment).bindOrCreate("tracking", TrackingRules.class);
    }

    @Bean
    WorkingDays workingDays() {
        return new WorkingDays();
    }

    @Bean
    DeadlineEngine deadlineEngine(WorkingDays workingDays, TrackingRules rules, NationalThresholds thresholds) {
        return new DeadlineEngine(workingDays, rules, thresholds);
    }
}
