package uk.permanence.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today's date in England, from the one clock that tests can move. */
@Component
public class Today {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }
}
