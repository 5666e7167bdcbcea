package uk.permanence.tracking.timeliness;

import java.time.LocalDate;

/** How long a child has waited, as of today. */
public record CaseTimeliness(String caseId, String laCode, LocalDate enteredCareOn, long daysInCare) {
}
