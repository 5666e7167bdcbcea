package uk.permanence.tracking.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.permanence.councils.Councils;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.projection.AgeBand;
import uk.permanence.journey.projection.JourneyProjector;
import uk.permanence.journey.projection.Projection;
import uk.permanence.journey.projection.RemainingMilestone;
import uk.permanence.journey.projection.StageDuration;
import uk.permanence.journey.projection.StageSample;
import uk.permanence.tracking.deadlines.Deadline;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.deadlines.DeadlineRule;

/**
 * Keeps each case's stage durations, and projects the milestones ahead of each child on an adoption plan from the
 * durations of the children of the same RAA (its members today; a council in no RAA, its own) whose stages ended in
 * the last years. The thresholds a projection breaches are stored as the deadlines of the alerts of kind PROJECTED.
 */
@Component
public class ProjectedMilestones {

    private final JdbcTemplate jdbc;
    private final Councils councils;
    private final DeadlineEngine thresholds;
    private final ProjectionSettings settings;

    ProjectedMilestones(JdbcTemplate jdbc, Councils councils, DeadlineEngine thresholds, ProjectionSettings settings) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.thresholds = thresholds;
        this.settings = settings;
    }

    /** Tables written here, for the projection that owns them. */
    public static List<String> tables() {
        return List.of("stage_duration", "case_projection", "case_projected_milestone", "case_projected_breach");
    }

    /**
     * Writes these cases' stage durations and projections as of the day, and returns the breaches each projection
     * makes as deadlines (an empty list for a case with none, so its projected alerts clear).
     */
    public Map<String, List<Deadline>> recompute(Map<String, CaseJourney> journeys, LocalDate today) {
        String[] caseIds = journeys.keySet().toArray(String[]::new);
        for (String table : tables()) {
            jdbc.update("delete from " + table + " where case_id = any(?)", (Object) caseIds);
        }
        List<Object[]> durations = new ArrayList<>();
        journeys.forEach((caseId, journey) -> StageDuration.of(journey).forEach(duration -> durations.add(
                new Object[] {caseId, journey.laCode(), duration.milestone().name(), duration.endedOn(),
                        duration.days(), duration.ageBand().name(), duration.siblingGroup()})));
        jdbc.batchUpdate("insert into stage_duration (case_id, la_code, milestone, ended_on, days, age_band, "
                + "sibling_group) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", durations);
        Map<Set<String>, StageSample> samples = new HashMap<>();
        Map<String, List<Deadline>> breaches = new TreeMap<>();
        List<Object[]> projections = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        List<Object[]> breachRows = new ArrayList<>();
        journeys.forEach((caseId, journey) -> {
            List<Deadline> breached = new ArrayList<>();
            breaches.put(caseId, breached);
            if (journey.laCode() == null) {
                return;
            }
            StageSample sample = samples.computeIfAbsent(agencyOf(journey.laCode(), today),
                    agency -> sample(agency, today));
            Optional<Projection> projected = JourneyProjector.project(journey, today, sample);
            if (projected.isEmpty()) {
                return;
            }
            Projection projection = projected.get();
            projections.add(new Object[] {caseId, journey.laCode(), today, projection.a1().startedOn(),
                    projection.a1().stoppedOn(), projection.a1().days(), projection.a10().stoppedOn(),
                    projection.a10().days(), projection.a2() == null ? null : projection.a2().startedOn(),
                    projection.a2() == null ? null : projection.a2().stoppedOn(),
                    projection.a2() == null ? null : projection.a2().days()});
            projection.milestones().forEach(date -> milestones.add(new Object[] {caseId, date.milestone().name(),
                    date.projectedOn(), date.stageStartsOn(), date.basis().medianDays(), date.basis().sampleSize(),
                    date.basis().group()}));
            projection.entryToPlacementBreach(thresholds.entryToPlacementDays(journey.laCode(), today), today)
                    .ifPresent(breach -> breached.add(new Deadline(DeadlineRule.PROJECTED_ENTRY_TO_PLACEMENT,
                            breach.startedOn(), breach.lastDayWithin())));
            projection.orderToMatchBreach(thresholds.orderToMatchDays(journey.laCode(), today), today)
                    .ifPresent(breach -> breached.add(new Deadline(DeadlineRule.PROJECTED_ORDER_TO_MATCH,
                            breach.startedOn(), breach.lastDayWithin())));
            breached.forEach(deadline -> breachRows.add(new Object[] {caseId, deadline.rule().name(),
                    deadline.startedOn(), deadline.dueOn()}));
        });
        jdbc.batchUpdate("insert into case_projection (case_id, la_code, projected_on, a1_started_on, a1_stops_on, "
                + "a1_days, a10_stops_on, a10_days, a2_started_on, a2_stops_on, a2_days) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", projections);
        jdbc.batchUpdate("insert into case_projected_milestone (case_id, milestone, projected_on, stage_starts_on, "
                + "median_days, sample_size, sample_group) values (?, ?, ?, ?, ?, ?, ?)", milestones);
        jdbc.batchUpdate("insert into case_projected_breach (case_id, rule, started_on, due_on) values (?, ?, ?, ?)",
                breachRows);
        return breaches;
    }

    /** The councils whose children a council's projections learn from: its RAA's members today, or itself. */
    private Set<String> agencyOf(String laCode, LocalDate today) {
        return councils.raas().keySet().stream().map(raa -> councils.ofRaa(raa, today))
                .filter(members -> members.contains(laCode)).findFirst().orElse(Set.of(laCode));
    }

    private StageSample sample(Set<String> agency, LocalDate today) {
        List<StageDuration> durations = jdbc.query("select milestone, ended_on, days, age_band, sibling_group "
                        + "from stage_duration where la_code = any(?) and ended_on > ? and ended_on <= ?",
                (row, n) -> new StageDuration(RemainingMilestone.valueOf(row.getString("milestone")),
                        row.getObject("ended_on", LocalDate.class), row.getLong("days"),
                        AgeBand.valueOf(row.getString("age_band")), row.getBoolean("sibling_group")),
                agency.toArray(String[]::new), today.minusYears(settings.years()), today);
        return new StageSample(durations, today, settings.years(), settings.minimumSample(),
                settings.nationalTimescaleDays());
    }
}
