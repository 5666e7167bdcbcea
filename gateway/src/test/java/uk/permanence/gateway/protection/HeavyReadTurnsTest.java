package uk.permanence.gateway.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** A turn is never lost: not to a read that gave up waiting, nor to one whose client went away while it waited. */
class HeavyReadTurnsTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void aReadBeyondTheTurnsWaitsAndGoesOnWhenOneIsReleased() {
        HeavyReadTurns turns = new HeavyReadTurns(1, 4);
        assertThat(turns.take(LONG).block()).isTrue();
        Mono<Boolean> waiting = turns.take(LONG).cache();
        Disposable subscribed = waiting.subscribe();

        turns.release();

        assertThat(waiting.block(Duration.ofSeconds(5))).isTrue();
        subscribed.dispose();
    }

    @Test
    void aReadThatWaitedTooLongIsRefusedAndLeavesTheTurnToTheNext() {
        HeavyReadTurns turns = new HeavyReadTurns(1, 4);
        assertThat(turns.take(LONG).block()).isTrue();

        assertThat(turns.take(Duration.ofMillis(100)).block()).isFalse();

        turns.release();
        assertThat(turns.take(Duration.ofMillis(1)).block()).isTrue();
    }

    @Test
    void aReadWhoseClientWentAwayWhileWaitingTakesNoTurn() {
        HeavyReadTurns turns = new HeavyReadTurns(1, 4);
        assertThat(turns.take(LONG).block()).isTrue();
        Disposable gone = turns.take(LONG).subscribe();
        gone.dispose();

        turns.release();

        assertThat(turns.take(Duration.ofMillis(1)).block()).as("the turn came back, not to the read that left")
                .isTrue();
    }

    @Test
    void aFullQueueRefusesAtOnce() {
        HeavyReadTurns turns = new HeavyReadTurns(1, 1);
        assertThat(turns.take(LONG).block()).isTrue();
        Disposable waiting = turns.take(LONG).subscribe();

        assertThat(turns.take(LONG).block(Duration.ofSeconds(1))).isFalse();
        waiting.dispose();
    }
}
