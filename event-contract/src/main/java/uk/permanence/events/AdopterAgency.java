package uk.permanence.events;

/** Whose prospective adopters: the inter-agency fee depends on it. */
public enum AdopterAgency {
    OWN_COUNCIL,
    OTHER_COUNCIL,
    RAA,
    VAA
}
