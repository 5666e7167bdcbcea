package uk.permanence.events;

/** Broad ethnicity group, as the harder-to-place splits use it. */
public enum EthnicityGroup {
    WHITE,
    MIXED,
    ASIAN,
    BLACK,
    OTHER,
    NOT_RECORDED
}
