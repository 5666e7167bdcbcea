package uk.permanence.events;

/** Legal basis on which a child is looked after, with its SSDA903 code. */
public enum LegalStatus {
    /** Accommodated under section 20 of the Children Act 1989. */
    V2,
    /** Interim care order. */
    C1,
    /** Full care order. */
    C2,
    /** Police protection. */
    L1,
    /** Emergency protection order. */
    L2
}
