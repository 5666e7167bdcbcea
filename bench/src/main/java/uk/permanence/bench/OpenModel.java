package uk.permanence.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Requests at a constant arrival rate, whatever the answers do (an open model): each request's latency counts
 * from when it was due, so a slow answer cannot hide the queue behind it.
 */
final class OpenModel {

    /** The latencies of one run, and how many requests succeeded and failed. */
    record Result(Histogram latencies, long succeeded, long failed) {

        double millisAt(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1e6;
        }

        double maxMillis() {
            return latencies.getMaxValue() / 1e6;
        }
    }

    private OpenModel() {
    }

    /** Sends request {@code n} (0, 1, ...) when it is due; each answers whether it succeeded. */
    static Result run(int perSecond, Duration duration, IntFunction<CompletableFuture<Boolean>> request)
            throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        int total = (int) (perSecond * duration.toSeconds());
        CountDownLatch answered = new CountDownLatch(total);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            request.apply(i).whenComplete((ok, error) -> {
                latencies.recordValue(System.nanoTime() - due);
                (error == null && ok ? succeeded : failed).incrementAndGet();
                answered.countDown();
            });
        }
        answered.await();
        return new Result(latencies.getIntervalHistogram(), succeeded.get(), failed.get());
    }
}
