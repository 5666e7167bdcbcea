package uk.permanence.tracking.deadlines;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.permanence.councils.NationalThresholds;

@Configuration
class DeadlineConfiguration {

    @Bean
    WorkingDays workingDays() {
        return new WorkingDays();
    }

    @Bean
    DeadlineEngine deadlineEngine(WorkingDays workingDays, TrackingRules rules, NationalThresholds thresholds) {
        return new DeadlineEngine(workingDays, rules, thresholds);
    }
}
