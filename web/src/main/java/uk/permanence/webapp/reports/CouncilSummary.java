package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** {@code GET /api/reports/summary}: how many children a council has in care. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilSummary(String laCode, long childrenInCare, Instant asOf) {
}
