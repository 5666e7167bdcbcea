package uk.permanence.reporting.costofdelay;

import java.time.LocalDate;
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
 * {@code GET /api/reports/cost-of-delay?la=CODE|raa=ID}: the {@link CostOfDelay} of a period against a baseline
 * period, by default the last reporting year against the one before.
 */
@RestController
class CostOfDelayController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final WeeklyCareCosts costs;
    private final PeriodLimits limits;

    CostOfDelayController(JdbcClient jdbc, Councils councils, WeeklyCareCosts costs, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.costs = costs;
        this.limits = limits;
    }

    @GetMapping("/api/reports/cost-of-delay")
    CostOfDelay costOfDelay(@RequestParam(required = false) String la,
            @RequestParam(required = false) String raa,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineTo,
            Tenant tenant, AsKnown known) {
        PeriodLimits.ReportPeriod asked = limits.yearsEndingLast31March(from, to, 1, known.today());
        LocalDate periodStart = asked.from();
        LocalDate periodEnd = asked.to();
        Set<String> scope = ReportScope.of(la, raa, periodEnd, councils, tenant);
        LocalDate baselineEnd = baselineTo != null ? baselineTo : periodStart.minusDays(1);
        LocalDate baselineStart = baselineFrom != null ? baselineFrom : baselineEnd.minusYears(1).plusDays(1);
        limits.period("baselineFrom", baselineStart, "baselineTo", baselineEnd);
        return CostOfDelay.of(ReportedScope.of(la, raa, scope), known.at(),
                period(scope, baselineStart, baselineEnd, known), period(scope, periodStart, periodEnd, known), costs);
    }

    private CostOfDelay.Period period(Set<String> scope, LocalDate from, LocalDate to, AsKnown known) {
        return CostOfDelay.Period.of(from, to, known.bind(jdbc.sql("""
                        select entered_care_on, placed_on, adopted_on from adoption_journey aj
                        where la_code in (:councils) and adopted_on between :from and :to
                          and entered_care_on is not null and placed_on is not null and """ + known.rows("aj")))
                .param("councils", scope).param("from", from).param("to", to)
                .query(CostOfDelay.Adopted.class).list());
    }
}
