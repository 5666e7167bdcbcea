package uk.permanence.reporting.summary;

/** Headline counts for one council. */
public record CouncilSummary(String laCode, long childrenInCare) {
}
