package uk.permanence.reporting.quarterly;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.reporting.csv.CsvTable;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.web.FieldProblem;

/**
 * {@code GET /api/reports/quarterly-return?la=CODE|raa=ID&quarter=2026-Q2}: the ASGLB-style counts for a calendar
 * quarter (by default the last one completed), one line per council and a total; CSV with {@code Accept: text/csv}.
 */
@RestController
class QuarterlyReturnController {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final QuarterlyReturns returns;
    private final Councils councils;
    private final PeriodLimits limits;

    QuarterlyReturnController(QuarterlyReturns returns, Councils councils, PeriodLimits limits) {
        this.returns = returns;
        this.councils = councils;
        this.limits = limits;
    }

    @GetMapping(value = "/api/reports/quarterly-return", produces = "application/json")
    QuarterlyReturn quarterlyReturn(@RequestParam(required = false) String la,
                                    @RequestParam(required = false) String raa,
                                    @RequestParam(required = false) String quarter, Tenant tenant, AsKnown known) {
        LocalDate from = quarterStart(quarter, known);
        Set<String> scope = ReportScope.of(la, raa, from.plusMonths(3).minusDays(1), councils, tenant);
        return returns.of(ReportedScope.of(la, raa, scope), scope, from, known);
    }

    @GetMapping(value = "/api/reports/quarterly-return", produces = "text/csv")
    CsvTable quarterlyReturnCsv(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
                                @RequestParam(required = false) String quarter, Tenant tenant, AsKnown known) {
        return quarterlyReturn(la, raa, quarter, tenant, known).table();
    }

    private LocalDate quarterStart(String quarter, AsKnown known) {
        if (quarter == null) {
            LocalDate thisQuarter = known.today().with(IsoFields.DAY_OF_QUARTER, 1);
            return thisQuarter.minusMonths(3);
        }
        Matcher matcher = QUARTER.matcher(quarter);
        if (!matcher.matches()) {
            throw FieldProblem.badRequest("quarter", "must look like 2026-Q2");
        }
        return limits.date("quarter",
                LocalDate.of(Integer.parseInt(matcher.group(1)), (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1));
    }
}
