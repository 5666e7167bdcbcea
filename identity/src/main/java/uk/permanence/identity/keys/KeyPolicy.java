package uk.permanence.identity.keys;

import java.time.Duration;

/**
 * When signing keys change: a new key is made once the newest is {@code rotationAge} old and signs from
 * {@code activationDelay} later; a key that no longer signs stays published until every token it signed has expired
 * ({@code tokenLifetime}, plus the minute of clock skew resource servers allow).
 */
public record KeyPolicy(Duration rotationAge, Duration activationDelay, Duration tokenLifetime) {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** How long a key stays published after it stopped signing. */
    Duration retention() {
        return tokenLifetime.plus(CLOCK_SKEW);
    }
}
