package uk.permanence.reporting.proceedings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * {@code GET /api/reports/proceedings?la=CODE|raa=ID&from=&to=}: care proceedings concluded in a period (by default
 * the year ending the last 31 March), each council's share concluded within 26 weeks, and the reasons for the rest.
 */
@RestController
class ProceedingsController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final PeriodLimits limits;

    ProceedingsController(JdbcClient jdbc, Councils councils, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.limits = limits;
    }

    @GetMapping("/api/reports/proceedings")
    ProceedingsReport proceedings(@RequestParam(required = false) String la,
            @RequestParam(required = false) String raa,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Tenant tenant, AsKnown known) {
        PeriodLimits.ReportPeriod period = limits.yearsEndingLast31March(from, to, 1, known.today());
        LocalDate periodStart = period.from();
        LocalDate periodEnd = period.to();
        Set<String> scope = ReportScope.of(la, raa, periodEnd, councils, tenant);
        List<ProceedingsReport.Concluded> concluded = known.bind(jdbc.sql("""
                        select p.case_id, p.la_code, p.within_26_weeks, p.delay_reasons
                        from care_proceedings p
                        where %s and p.la_code in (:councils) and p.concluded_on between :from and :to"""
                        .formatted(known.rows("p"))))
                .param("councils", scope).param("from", periodStart).param("to", periodEnd)
                .query((row, n) -> new ProceedingsReport.Concluded(row.getString("case_id"), row.getString("la_code"),
                        row.getBoolean("within_26_weeks"), Arrays.stream(row.getString("delay_reasons").split(","))
                                .filter(reason -> !reason.isEmpty()).collect(Collectors.toSet())))
                .list();
        return ProceedingsReport.of(ReportedScope.of(la, raa, scope), known.at(), periodStart, periodEnd, scope,
                concluded);
    }
}
