package uk.permanence.gateway.protection;

/** A token bucket refilled continuously at {@code rate} tokens per second up to {@code burst}. */
final class TokenBucket {

    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(GatewayLimits.Bucket limit, long now) {
        this.ratePerNano = limit.rate() / 1e9;
        this.capacity = limit.burst();
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token and answers 0, or answers how many nanoseconds until one is available and takes nothing. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * ratePerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerNano);
    }

    /** Gives back a token taken for a request that another bucket then refused. */
    synchronized void giveBack() {
        tokens = Math.min(capacity, tokens + 1);
    }
}
