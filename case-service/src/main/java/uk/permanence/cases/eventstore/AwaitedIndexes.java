package uk.permanence.cases.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;

/** The event store's view of a reader's gaps: how many of them it still waits for (has not given up). */
public interface AwaitedIndexes {

    int awaited(GapAwareTrackingToken position);
}
