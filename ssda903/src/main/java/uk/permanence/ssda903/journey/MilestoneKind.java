package uk.permanence.ssda903.journey;

/** The milestones of a child's journey that an SSDA903 return records, in the domain's names. */
public enum MilestoneKind {
    /** The first episode of a period of care (the first in the files, or one after the child had left care). */
    ENTERED_CARE,
    REVIEW_HELD,
    /** PlacedAdoption DATE_PLACED, or AD1 DATE_INT where no PlacedAdoption row gives it. */
    ADOPTION_DECISION_MADE,
    /** The first episode of the period with legal status E1 (placement order), or D1 (freeing order). */
    PLACEMENT_ORDER_GRANTED,
    /** A fostering-for-adoption or concurrent-planning placement (U2, U5) begins. */
    EARLY_PERMANENCE_PLACEMENT_BEGAN,
    /** AD1 DATE_MATCH. */
    CHILD_MATCHED,
    /** An adoptive placement (A3 to A6) begins; A3 and A5 are with the child's current foster carers. */
    PLACED_FOR_ADOPTION,
    /**
     * An adoptive placement ends and the child stays looked after in a placement that is not for adoption: the
     * placement disrupted (on the next placement's start; its code is that placement's).
     */
    PLACEMENT_DISRUPTED,
    /** PlacedAdoption DATE_PLACED_CEASED with its reason (RD1 to RD4). */
    ADOPTION_PLAN_CHANGED,
    /** The period of care ends: REC E11/E12 adoption, E45 to E48 special guardianship, and the other endings. */
    LEFT_CARE
}
