package uk.permanence.events;

/** Placement with carers approved both to foster and to adopt, before the court decides. */
public enum EarlyPermanenceType {
    FOSTERING_FOR_ADOPTION,
    CONCURRENT_PLANNING
}
