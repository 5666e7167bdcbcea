package uk.permanence.reporting.summary;

import java.time.Instant;

/** Headline counts for one council. */
public record CouncilSummary(String laCode, long childrenInCare, Instant asOf) {
}
