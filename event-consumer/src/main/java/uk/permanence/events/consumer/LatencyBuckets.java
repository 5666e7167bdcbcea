package uk.permanence.events.consumer;

import java.time.Duration;
import java.util.stream.LongStream;

/**
 * Fixed histogram buckets for the consumers' latency timers: counts that only grow, so that a dashboard
 * ({@code histogram_quantile}) or a benchmark takes the quantiles of exactly its own window, across instances.
 */
public final class LatencyBuckets {

    public static final Duration[] BOUNDARIES = LongStream.of(5, 10, 25, 50, 75, 100, 150, 200, 250, 300, 400, 500,
            750, 1_000, 1_500, 2_000, 3_000, 5_000, 10_000).mapToObj(Duration::ofMillis).toArray(Duration[]::new);

    private LatencyBuckets() {
    }
}
