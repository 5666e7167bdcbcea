package uk.permanence.events;

/** The long-term plan for the child. */
public enum PermanencePlan {
    RETURN_HOME,
    KINSHIP_CARE,
    SPECIAL_GUARDIANSHIP,
    CHILD_ARRANGEMENTS,
    ADOPTION,
    LONG_TERM_FOSTERING,
    RESIDENTIAL,
    INDEPENDENCE
}
