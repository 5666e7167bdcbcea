package uk.permanence.events.consumer;

/** What happened to one delivered case event. */
public enum SequenceOutcome {
    /** Applied, possibly together with held events it unblocked. */
    APPLIED,
    /** Seen before: a redelivery, ignored. */
    DUPLICATE,
    /** Arrived ahead of an event still missing for its case: held until the gap fills. */
    HELD,
    /** A projection failed on it: kept aside, holding its case (alone) until it is retried. */
    FAILED
}
