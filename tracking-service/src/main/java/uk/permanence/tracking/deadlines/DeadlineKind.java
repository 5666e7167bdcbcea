package uk.permanence.tracking.deadlines;

/** What kind of timescale a deadline is: an alert always says which. */
public enum DeadlineKind {
    STATUTORY,
    PERFORMANCE_THRESHOLD,
    PRACTICE_STANDARD
}
