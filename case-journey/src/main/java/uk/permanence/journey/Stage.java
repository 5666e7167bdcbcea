package uk.permanence.journey;

/** Where a child is on the journey to permanence, derived from the milestones recorded so far. */
public enum Stage {
    PRE_BIRTH,
    IN_CARE,
    ADOPTION_DECISION,
    PLACEMENT_ORDER,
    LINKED,
    MATCHED,
    PLACED_FOR_ADOPTION,
    CLOSED
}
