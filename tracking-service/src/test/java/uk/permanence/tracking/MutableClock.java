package uk.permanence.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move, so that deadlines come and go without waiting. */
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
