package uk.permanence.journey.projection;

/**
 * The milestones still ahead of a child on an adoption plan, in order; each is reached after a stage that starts at
 * the one before (the placement order's stage at the ADM decision).
 */
public enum RemainingMilestone {
    PLACEMENT_ORDER,
    MATCH,
    PLACEMENT,
    ADOPTION_ORDER
}
