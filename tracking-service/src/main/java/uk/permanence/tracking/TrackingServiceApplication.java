package uk.permanence.tracking;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class TrackingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrackingServiceApplication.class, args);
    }

    /** Today's date drives every clock; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
