package uk.permanence.cases.api;

/** What a command did to its case: the answer given, and given again to a retry with the same Idempotency-Key. */
record CommandOutcome(String caseId, long version, int status, boolean replayed) {
}
