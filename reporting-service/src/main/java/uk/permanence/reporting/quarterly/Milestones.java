package uk.permanence.reporting.quarterly;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.events.consumer.RecomputedProjection;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;
import uk.permanence.reporting.knowledge.KnownVersions;
import uk.permanence.reporting.knowledge.VersionedTable;

/**
 * Each case's events in effect, with their legal dates and when they were recorded, as known over time: a
 * correction moves a milestone to its corrected date from when it was recorded, a void removes it. The quarterly
 * return, the prospective cohorts, the run charts and the data-quality report all count from it.
 */
@Component
class Milestones implements RecomputedProjection {

    private record Milestone(long sequence, String laCode, String type, LocalDate occurredOn, Instant recordedAt,
                             String team, String detail, String decidedBy) {
    }

    private final VersionedTable table;

    Milestones(JdbcTemplate jdbc) {
        this.table = new VersionedTable(jdbc, "milestone_event", List.of("case_id", "sequence", "la_code", "type",
                "occurred_on", "recorded_at", "team", "detail", "decided_by"));
    }

    @Override
    public List<String> tables() {
        return List.of("milestone_event");
    }

    @Override
    public void recompute(List<CaseHistory> histories) {
        table.replace(histories, history -> KnownVersions.of(history, Milestones::inEffect, Milestone::sequence),
                row -> Arrays.asList(row.sequence(), row.laCode(), row.type(), row.occurredOn(),
                        Timestamp.from(row.recordedAt()), row.team(), row.detail(), row.decidedBy()));
    }

    private static List<Milestone> inEffect(CaseHistory history) {
        String team = CaseJourney.of(history.events()).team();
        return CaseJourney.effective(history.events()).stream()
                .filter(recorded -> recorded.event().occurredOn() != null && recorded.event().laCode() != null)
                .map(recorded -> milestone(recorded, team))
                .toList();
    }

    private static Milestone milestone(RecordedCaseEvent recorded, String team) {
        CaseEvent event = recorded.event();
        AdoptionPlanChanged change = event instanceof AdoptionPlanChanged changed ? changed : null;
        return new Milestone(recorded.sequence(), event.laCode(), CaseEventTypes.wireNameOf(event.getClass()),
                event.occurredOn(), event.recordedAt(), team, change == null || change.newPlan() == null ? null : change.newPlan().name(),
                change == null ? null : change.decidedBy().name());
    }
}
