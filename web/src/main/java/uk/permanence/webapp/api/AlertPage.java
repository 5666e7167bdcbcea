package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/alerts}: drift alerts, most severe first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertPage(List<Alert> items, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(long alertId, String rule, String kind, String severity, LocalDate startedOn, LocalDate dueOn,
                        long daysLeft) {
    }
}
