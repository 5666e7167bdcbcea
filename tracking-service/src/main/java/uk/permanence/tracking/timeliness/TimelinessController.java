package uk.permanence.tracking.timeliness;

import static java.time.temporal.ChronoUnit.DAYS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;
import uk.permanence.journey.AdoptionClock;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.deadlines.DeadlineRule;
import uk.permanence.tracking.timeliness.CaseTimeliness.Clock;
import uk.permanence.tracking.timeliness.CaseTimeliness.DueDate;
import uk.permanence.tracking.timeliness.CaseTimeliness.Projected;
import uk.permanence.tracking.timeliness.CaseTimeliness.ProjectedClock;
import uk.permanence.tracking.timeliness.CaseTimeliness.ProjectedMilestone;

@RestController
class TimelinessController {

    private final JdbcClient jdbc;
    private final Today today;
    private final DeadlineEngine thresholds;

    TimelinessController(JdbcClient jdbc, Today today, DeadlineEngine thresholds) {
        this.jdbc = jdbc;
        this.today = today;
        this.thresholds = thresholds;
    }

    @GetMapping("/api/cases/{caseId}/timeliness")
    CaseTimeliness timeliness(@PathVariable String caseId, Tenant tenant) {
        LocalDate date = today.date();
        List<DueDate> deadlines = jdbc.sql(
                        "select rule, kind, started_on, due_on from case_deadline where case_id = ? order by due_on")
                .param(caseId)
                .query((row, n) -> new DueDate(row.getString("rule"), row.getString("kind"),
                        DeadlineRule.valueOf(row.getString("rule")).notice(),
                        row.getObject("started_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
                        DAYS.between(date, row.getObject("due_on", LocalDate.class))))
                .list();
        List<ProjectedMilestone> milestones = jdbc.sql("""
                        select milestone, projected_on, stage_starts_on, median_days, sample_size, sample_group
                        from case_projected_milestone where case_id = ? order by projected_on, milestone""")
                .param(caseId)
                .query((row, n) -> new ProjectedMilestone(row.getString("milestone"), date(row, "projected_on"),
                        date(row, "stage_starts_on"), row.getLong("median_days"), row.getInt("sample_size"),
                        row.getString("sample_group")))
                .list();
        return jdbc.sql("select t.*, p.projected_on, p.a1_started_on, p.a1_stops_on, p.a1_days, p.a10_stops_on, "
                        + "p.a10_days, p.a2_started_on, p.a2_stops_on, p.a2_days from case_timeliness t "
                        + "left join case_projection p on p.case_id = t.case_id where t.case_id = ?")
                .param(caseId)
                .query((row, n) -> timeliness(row, date, deadlines, milestones))
                .optional()
                .filter(found -> tenant.canSee(found.laCode()))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }

    private CaseTimeliness timeliness(ResultSet row, LocalDate today, List<DueDate> deadlines,
                                      List<ProjectedMilestone> milestones) throws SQLException {
        String laCode = row.getString("la_code");
        int a1Threshold = thresholds.entryToPlacementDays(laCode, today);
        int a2Threshold = thresholds.orderToMatchDays(laCode, today);
        LocalDate entered = date(row, "entered_care_on");
        LocalDate adm = date(row, "adoption_decision_on");
        LocalDate order = date(row, "placement_order_on");
        LocalDate matched = date(row, "matched_on");
        LocalDate placed = date(row, "placed_on");
        LocalDate livingWithAdopters = date(row, "living_with_adopters_since");
        LocalDate closed = date(row, "closed_on");
        LocalDate stageSince = date(row, "stage_since");
        LocalDate end = closed != null ? closed : today;
        boolean onAdoptionPath = adm != null || placed != null;
        return new CaseTimeliness(
                row.getString("case_id"),
                laCode,
                row.getString("stage"),
                stageSince,
                stageSince == null ? null : DAYS.between(stageSince, end),
                row.getString("permanence_plan"),
                entered,
                entered == null ? 0 : DAYS.between(entered, end),
                onAdoptionPath && entered != null ? clock(AdoptionClock.a1(entered, placed, end), a1Threshold) : null,
                onAdoptionPath && entered != null
                        ? clock(AdoptionClock.a10(entered, livingWithAdopters, placed, end), a1Threshold) : null,
                order == null ? null : clock(AdoptionClock.a2(order, matched, placed, end), a2Threshold),
                adm == null ? null : DAYS.between(adm, end),
                deadlines.stream().filter(deadline -> !deadline.notice()).findFirst().orElse(null),
                deadlines,
                projected(row, milestones, a1Threshold, a2Threshold));
    }

    private static Projected projected(ResultSet row, List<ProjectedMilestone> milestones, int a1Threshold,
                                       int a2Threshold) throws SQLException {
        LocalDate projectedOn = date(row, "projected_on");
        if (projectedOn == null) {
            return null;
        }
        LocalDate entered = date(row, "a1_started_on");
        LocalDate a2Start = date(row, "a2_started_on");
        return new Projected(projectedOn, milestones,
                projectedClock(entered, date(row, "a1_stops_on"), row.getLong("a1_days"), a1Threshold),
                projectedClock(entered, date(row, "a10_stops_on"), row.getLong("a10_days"), a1Threshold),
                a2Start == null ? null
                        : projectedClock(a2Start, date(row, "a2_stops_on"), row.getLong("a2_days"), a2Threshold));
    }

    private static ProjectedClock projectedClock(LocalDate start, LocalDate stop, long days, int thresholdDays) {
        return new ProjectedClock(start, stop, days, thresholdDays, days > thresholdDays);
    }

    static Clock clock(AdoptionClock clock, int thresholdDays) {
        return new Clock(clock.startedOn(), clock.stoppedOn(), clock.days(), clock.running(), thresholdDays);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
