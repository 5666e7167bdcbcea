package uk.permanence.tracking.deadlines;

/** What kind of timescale a deadline is: an alert always says which. */
public enum DeadlineKind {
    STATUTORY,
    PERFORMANCE_THRESHOLD,
    PRACTICE_STANDARD,
    /** A threshold the child's projected milestones breach: shown as soon as projected, with no lead time. */
    PROJECTED
}
