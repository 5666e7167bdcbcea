package uk.permanence.gateway.protection;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One tenant's heavy reads: at most {@code permits} in progress; the next ones wait their turn, in order, for at most
 * {@code maxWait}, and at most {@code maxWaiting} of them wait at once. A client that sends many at once is slowed
 * to the pace its turns allow instead of being refused in a loop that would itself cost the platform.
 */
final class HeavyReadTurns {

    private final int permits;
    private final int maxWaiting;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int inUse;

    HeavyReadTurns(int permits, int maxWaiting) {
        this.permits = permits;
        this.maxWaiting = maxWaiting;
    }

    /** True once this read may go on (then {@link #release()} must follow), false when its turn did not come. */
    Mono<Boolean> take(Duration maxWait) {
        Waiter waiter;
        synchronized (this) {
            if (inUse < permits) {
                inUse++;
                return Mono.just(true);
            }
            if (waiting.size() >= maxWaiting) {
                return Mono.just(false);
            }
            waiter = new Waiter();
            waiting.add(waiter);
        }
        return waiter.turn.asMono()
                .timeout(maxWait)
                .onErrorResume(TimeoutException.class, late -> Mono.just(giveUp(waiter)))
                .doOnCancel(() -> {
                    if (giveUp(waiter)) {
                        release();
                    }
                });
    }

    void release() {
        Waiter next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inUse--;
                return;
            }
            next.granted = true;
        }
        next.turn.tryEmitValue(true);
    }

    /** Stops waiting: false if it was still waiting, true if its turn had just been given (it holds a permit). */
    private synchronized boolean giveUp(Waiter waiter) {
        return !waiting.remove(waiter) && waiter.granted;
    }

    private static final class Waiter {
        private final Sinks.One<Boolean> turn = Sinks.one();
        private boolean granted;
    }
}
