package uk.permanence.webapp.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/reports/data-quality}: how late milestones are recorded, and children lacking 903 dates. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataQuality(ReportScope scope, Instant asOf, LocalDate from, LocalDate to, RecordingLag recordingLag,
                          Missing missingFor903) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecordingLag(int lateAfterDays, List<Lag> byCouncil, List<Lag> byTeam, List<Lag> byEventType) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lag(String key, long milestones, double medianDays, double p90Days, long recordedLate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Missing(long childrenOnAdoptionPathway, long childrenWithGaps, long percentWithGaps,
                          long withoutAdoptionDecision, long placedWithoutMatch, long adoptedWithoutPlacement) {
    }
}
