package uk.permanence.events;

/** What the parents consented to (Adoption and Children Act 2002). */
public enum PlacementConsentKind {
    /** s19: consent to the child being placed for adoption, with prospective adopters chosen by the agency. */
    PLACEMENT,
    /** s19 consent given together with s20 advance consent to the making of a future adoption order. */
    PLACEMENT_WITH_ADVANCE_CONSENT
}
