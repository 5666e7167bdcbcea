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
import uk.permanence.tracking.Today;
import uk.permanence.tracking.deadlines.DeadlineEngine;
import uk.permanence.tracking.deadlines.DeadlineRule;
import uk.permanence.tracking.timeliness.CaseTimeliness.Clock;
import uk.permanence.tracking.timeliness.CaseTimeliness.DueDate;

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
        return jdbc.sql("select * from case_timeliness where case_id = ?")
                .param(caseId)
                .query((row, n) -> timeliness(row, date, deadlines))
                .optional()
                .filter(found -> tenant.canSee(found.laCode()))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }

    private CaseTimeliness timeliness(ResultSet row, LocalDate today, List<DueDate> deadlines) throws SQLException {
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
                onAdoptionPath && entered != null ? clock(entered, placed, end, a1Threshold) : null,
                onAdoptionPath && entered != null
                        ? clock(entered, livingWithAdopters != null ? livingWithAdopters : placed, end, a1Threshold) : null,
                order == null ? null : orderToMatch(order, matched != null ? matched : placed, end, a2Threshold),
                adm == null ? null : DAYS.between(adm, end),
                deadlines.stream().filter(deadline -> !deadline.notice()).findFirst().orElse(null),
                deadlines);
    }

    private static Clock clock(LocalDate start, LocalDate stop, LocalDate today, int thresholdDays) {
        return new Clock(start, stop, DAYS.between(start, stop != null ? stop : today), stop == null, thresholdDays);
    }

    /**
     * A2: a match made before the placement order counts as 0 days; a placement recorded without a match stands
     * for the match, as in the reports (the decision cannot have come after the child moved in).
     */
    private static Clock orderToMatch(LocalDate order, LocalDate matched, LocalDate today, int thresholdDays) {
        if (matched == null) {
            return clock(order, null, today, thresholdDays);
        }
        return new Clock(order, matched, Math.max(0, DAYS.between(order, matched)), false, thresholdDays);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
