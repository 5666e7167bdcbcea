package uk.permanence.webapp.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/alerts} for a team, worker or council: a page of alerts, most severe first, with whose they are. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertList(List<Item> items, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long alertId, String caseId, String laCode, String team, String socialWorker, String rule,
                       String kind, String severity, LocalDate startedOn, LocalDate dueOn, long daysLeft) {
    }
}
