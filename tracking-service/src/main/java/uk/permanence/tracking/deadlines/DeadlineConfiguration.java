package uk.permanence.tracking.deadlines;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.permanence.councils.NationalThresholds;

@Configuration
class DeadlineConfiguration {

    @Bean
    WorkingDays workingDays() {
        return new WorkingDays();
    }

    @Bean
    DeadlineEngine deadlineEngine(WorkingDays workingDays, TrackingRules rules, Environment environment) {
        NationalThresholds thresholds = Binder.get(environment).bind("permanence", NationalThresholds.class)
                .orElseThrow(() -> new IllegalStateException("permanence.thresholds missing: import thresholds.yml"));
        return new DeadlineEngine(workingDays, rules, thresholds);
    }
}
