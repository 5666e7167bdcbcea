package uk.permanence.events;

/** Why adoption stopped being the plan (903 REASON_PLACED_CEASED). */
public enum PlanChangeReason {
    /** The child's needs changed. */
    RD1,
    /** The court did not make a placement order. */
    RD2,
    /** No prospective adopters could be found. */
    RD3,
    /** Any other reason. */
    RD4
}
