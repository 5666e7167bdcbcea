package uk.permanence.events;

/** How care proceedings ended. */
public enum ProceedingsOutcome {
    CARE_ORDER,
    PLACEMENT_ORDER,
    SUPERVISION_ORDER,
    SPECIAL_GUARDIANSHIP_ORDER,
    CHILD_ARRANGEMENTS_ORDER,
    NO_ORDER,
    WITHDRAWN
}
