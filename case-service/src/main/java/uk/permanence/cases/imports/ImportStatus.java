package uk.permanence.cases.imports;

/** Where an import stands: queued, reading and checking the files, sending the children's commands, or over. */
public enum ImportStatus {
    QUEUED,
    VALIDATING,
    IMPORTING,
    DONE,
    FAILED
}
