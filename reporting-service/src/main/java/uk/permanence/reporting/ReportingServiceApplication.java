package uk.permanence.reporting;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.permanence.councils.Councils;
import uk.permanence.councils.NationalThresholds;

@SpringBootApplication
public class ReportingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }

    /** Today's date picks the default reporting period; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Councils councils(Environment environment) {
        return Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("permanence.councils is missing: is councils.yml imported?"));
    }

    @Bean
    NationalThresholds nationalThresholds(Environment environment) {
        return Binder.get(environment).bind("permanence", NationalThresholds.class).orElseThrow(
                () -> new IllegalStateException("permanence.thresholds is missing: is thresholds.yml imported?"));
    }
}
