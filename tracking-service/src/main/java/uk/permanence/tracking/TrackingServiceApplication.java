package uk.permanence.tracking;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.permanence.councils.Councils;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TrackingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrackingServiceApplication.class, args);
    }

    /** Today's date drives every clock; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Councils councils(Environment environment) {
        return Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("permanence.councils is missing: is councils.yml imported?"));
    }
}
