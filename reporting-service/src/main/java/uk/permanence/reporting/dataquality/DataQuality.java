package uk.permanence.reporting.dataquality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * How late milestones whose legal date is in the period are recorded, by council, team and event type, and how many
 * children lack a milestone the SSDA903 return needs.
 */
record DataQuality(ReportedScope scope, Instant asOf, LocalDate from, LocalDate to, RecordingLag recordingLag,
                   MissingMilestones.Missing missingFor903) {

    /** Recorded more than this many days after the legal date counts as late. */
    static final int LATE_AFTER_DAYS = 30;

    record Lag(String key, long milestones, double medianDays, double p90Days, long recordedLate) {
    }

    record RecordingLag(int lateAfterDays, List<Lag> byCouncil, List<Lag> byTeam, List<Lag> byEventType) {
    }
}
