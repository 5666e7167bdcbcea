package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/cases/{id}/timeliness}: how long the child has waited, as of today, and the deadlines ahead. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeliness(String stage, LocalDate stageSince, Long daysAtStage, LocalDate enteredCareOn,
                         long daysInCare, Clock a1, Clock a10, Clock a2, DueDate nextDeadline,
                         List<DueDate> deadlines) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Clock(LocalDate startedOn, LocalDate stoppedOn, long days, boolean running, int thresholdDays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DueDate(String rule, String kind, boolean notice, LocalDate startedOn, LocalDate dueOn,
                          long daysLeft) {
    }
}
