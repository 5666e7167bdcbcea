package uk.permanence.events;

/** Who changed the plan. */
public enum DecidedBy {
    COURT,
    COUNCIL
}
