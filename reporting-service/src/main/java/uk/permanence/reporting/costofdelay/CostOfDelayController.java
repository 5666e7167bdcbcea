package uk.permanence.reporting.costofdelay;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import uk.permanence.reporting.statistics.Averages;

/**
 * {@code GET /api/reports/cost-of-delay?la=CODE|raa=ID}: for the children adopted in a period against those adopted
 * in a baseline period (by default the last reporting year against the one before), the change in the mean days
 * spent in foster care (entry to placement for adoption) and in the adoptive placement (placement to adoption
 * order), the days that change saved (or lost, if negative) across the period's children, and their cost.
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

    /** The adopted children of a period: how many, and their mean days in each kind of care. */
    record Period(LocalDate from, LocalDate to, int children, Long meanDaysInFosterCare,
                  Long meanDaysInAdoptivePlacement) {
    }

    @GetMapping("/api/reports/cost-of-delay")
    Map<String, Object> costOfDelay(@RequestParam(required = false) String la,
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
        Period baseline = period(scope, baselineStart, baselineEnd, known);
        Period period = period(scope, periodStart, periodEnd, known);
        long fosterDaysSaved = saved(baseline.meanDaysInFosterCare(), period.meanDaysInFosterCare(), period.children());
        long adoptiveDaysSaved = saved(baseline.meanDaysInAdoptivePlacement(), period.meanDaysInAdoptivePlacement(),
                period.children());
        BigDecimal costSaved = dailyCost(costs.fosterCare()).multiply(BigDecimal.valueOf(fosterDaysSaved))
                .add(dailyCost(costs.adoptivePlacement()).multiply(BigDecimal.valueOf(adoptiveDaysSaved)))
                .setScale(0, RoundingMode.HALF_UP);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scope", la != null ? Map.of("la", la) : Map.of("raa", raa, "councils", new TreeSet<>(scope)));
        report.put("asOf", known.at());
        report.put("baseline", baseline);
        report.put("period", period);
        report.put("weeklyCost", costs);
        report.put("daysSaved", Map.of("fosterCare", fosterDaysSaved, "adoptivePlacement", adoptiveDaysSaved,
                "total", fosterDaysSaved + adoptiveDaysSaved));
        report.put("costSaved", costSaved);
        report.put("currency", "GBP");
        report.put("reading", "positive: the period's children spent fewer days in care than the baseline's, at the "
                + "period's number of children; negative: more days, and the cost of that delay");
        return report;
    }

    private Period period(Set<String> scope, LocalDate from, LocalDate to, AsKnown known) {
        record Adopted(LocalDate enteredCareOn, LocalDate placedOn, LocalDate adoptedOn) {
        }
        List<Adopted> children = known.bind(jdbc.sql("""
                        select entered_care_on, placed_on, adopted_on from adoption_journey aj
                        where la_code in (:councils) and adopted_on between :from and :to
                          and entered_care_on is not null and placed_on is not null and """ + known.rows("aj")))
                .param("councils", scope).param("from", from).param("to", to)
                .query(Adopted.class).list();
        return new Period(from, to, children.size(),
                Averages.mean(children.stream().map(child -> DAYS.between(child.enteredCareOn(), child.placedOn()))
                        .toList()),
                Averages.mean(children.stream().map(child -> DAYS.between(child.placedOn(), child.adoptedOn()))
                        .toList()));
    }

    private static long saved(Long baselineMean, Long periodMean, int children) {
        return baselineMean == null || periodMean == null ? 0 : (baselineMean - periodMean) * children;
    }

    private static BigDecimal dailyCost(BigDecimal weekly) {
        return weekly.divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
    }
}
