package uk.permanence.demo.region;

/** The way a period of care goes, as the generator draws it; counted per council in the tests and the docs. */
public enum Route {
    /** ADM decision, placement order, match, placed for adoption (A6), adopted. */
    ADOPTION,
    /** Placed with the parents' consent (A4) without a placement order, then adopted. */
    ADOPTION_WITH_CONSENT,
    /** Placed for adoption, the placement disrupted, matched and placed again, adopted. */
    DISRUPTION_THEN_ADOPTION,
    /** Placed for adoption, the placement disrupted, and the council changed the plan (RD1). */
    DISRUPTION_THEN_PLAN_CHANGED,
    /** Fostering for adoption or concurrent planning (U5, U2) from birth, placed with the same carers (A5), adopted. */
    EARLY_PERMANENCE,
    /** Early permanence, but the court made no placement order (RD2) and the baby went to family. */
    EARLY_PERMANENCE_REVERSED,
    /** The ADM decided on adoption; the court made no placement order (RD2). */
    REVERSED_BY_COURT,
    /** The council changed the plan after the order: the child's needs changed (RD1). */
    REVERSED_NEEDS_CHANGED,
    /** The council changed the plan after the order: no adopters were found (RD3). */
    REVERSED_NO_ADOPTERS,
    /** The council changed the plan before any order, for another reason (RD4). */
    REVERSED_OTHER,
    /** A special guardianship order (E45 to E48). */
    SPECIAL_GUARDIANSHIP,
    /** Home to parents (E4A, E4B). */
    RETURN_HOME,
    /** Long-term fostering to 18, staying put or independence. */
    LONG_TERM_FOSTERING,
    /** A young person of 16 or 17 in semi-independent living until 18. */
    INDEPENDENCE;

    boolean adoptionDecided() {
        return this != SPECIAL_GUARDIANSHIP && this != RETURN_HOME && this != LONG_TERM_FOSTERING
                && this != INDEPENDENCE;
    }
}
