package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** An alert a team manager set aside from the meeting's urgent block until {@code reviewOn}, and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AcknowledgedAlert(long alertId, String rule, String justification, LocalDate reviewOn,
                                String acknowledgedBy) {
}
