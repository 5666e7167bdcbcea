package uk.permanence.reporting.dataquality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.reporting.scope.ReportedScope;

/**
 * {@code GET /api/reports/data-quality?la=CODE|raa=ID&from=&to=}: how late milestones are recorded (recorded date
 * minus legal date, for milestones whose legal date is in the period, by default the last 12 months) by council,
 * team and event type, leaving out milestones imported from an SSDA903 return (recorded when imported, not when the
 * council knew); and how many children lack a milestone the SSDA903 return needs.
 */
@RestController
class DataQualityController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final PeriodLimits limits;

    DataQualityController(JdbcClient jdbc, Councils councils, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.limits = limits;
    }

    @GetMapping("/api/reports/data-quality")
    DataQuality dataQuality(@RequestParam(required = false) String la,
            @RequestParam(required = false) String raa,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Tenant tenant, AsKnown known) {
        LocalDate periodEnd = to != null ? to : known.today();
        LocalDate periodStart = from != null ? from : periodEnd.minusYears(1).plusDays(1);
        limits.period("from", periodStart, "to", periodEnd);
        Set<String> scope = ReportScope.of(la, raa, periodEnd, councils, tenant);
        DataQuality.RecordingLag lag = new DataQuality.RecordingLag(DataQuality.LATE_AFTER_DAYS,
                lag("la_code", scope, periodStart, periodEnd, known),
                lag("coalesce(team, '(no team)')", scope, periodStart, periodEnd, known),
                lag("type", scope, periodStart, periodEnd, known));
        return new DataQuality(ReportedScope.of(la, raa, scope), known.at(), periodStart, periodEnd, lag,
                MissingMilestones.count(jdbc, scope, known));
    }

    /** {@code key} is one of three fixed column expressions above, never user input. */
    private List<DataQuality.Lag> lag(String key, Set<String> scope, LocalDate from, LocalDate to, AsKnown known) {
        return known.bind(jdbc.sql("select " + key + " as key, count(*) as milestones,"
                        + " percentile_cont(0.5) within group (order by lag) as median_days,"
                        + " percentile_cont(0.9) within group (order by lag) as p90_days,"
                        + " count(*) filter (where lag > :late) as recorded_late"
                        + " from (select *, (recorded_at at time zone 'UTC')::date - occurred_on as lag"
                        + "       from milestone_event e where la_code in (:councils) and recorded_at is not null"
                        + "         and occurred_on between :from and :to and " + known.rows("e")
                        + "         and not exists (select 1 from imported_event i"
                        + "                         where i.case_id = e.case_id and i.sequence = e.sequence)) m"
                        + " group by 1 order by 1"))
                .param("late", DataQuality.LATE_AFTER_DAYS).param("councils", scope).param("from", from).param("to", to)
                .query(DataQuality.Lag.class).list();
    }
}
