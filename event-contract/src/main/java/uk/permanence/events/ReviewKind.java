package uk.permanence.events;

/** Which statutory review: the timescale to the next one depends on it. */
public enum ReviewKind {
    FIRST,
    SECOND,
    SUBSEQUENT
}
