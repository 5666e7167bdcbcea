package uk.permanence.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/** The one way tests wait for something asynchronous: retry the assertion until it holds or time runs out. */
public final class Eventually {

    private Eventually() {
    }

    public static void eventually(ThrowingRunnable assertion) {
        eventually(Duration.ofSeconds(30), assertion);
    }

    public static void eventually(Duration timeout, ThrowingRunnable assertion) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).untilAsserted(assertion);
    }
}
