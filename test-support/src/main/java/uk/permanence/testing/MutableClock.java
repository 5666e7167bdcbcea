package uk.permanence.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move, so that deadlines come and go and keys age without waiting. */
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Noon (UTC) of {@code today}. */
    public MutableClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void move(Duration by) {
        now = now.plus(by);
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
