package uk.permanence.reporting.runcharts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.reporting.statistics.SmallNumbers;
import uk.permanence.web.FieldProblem;

/**
 * {@code GET /api/reports/run-charts?la=CODE|raa=ID&from=2025-01&to=2026-10}: the monthly {@link RunCharts}, by
 * default over the last 24 months; as JSON, or one chart ({@code measure=a1|a2|entry-to-plan}) as SVG with
 * {@code Accept: image/svg+xml}.
 */
@RestController
class RunChartController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final SmallNumbers small;
    private final PeriodLimits limits;

    RunChartController(JdbcClient jdbc, Councils councils, SmallNumbers small, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.small = small;
        this.limits = limits;
    }

    @GetMapping(value = "/api/reports/run-charts", produces = {"application/json", "text/csv"})
    RunCharts runCharts(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        Tenant tenant, AsKnown known) {
        List<YearMonth> months = months(from, to, known);
        Set<String> scope = ReportScope.of(la, raa, lastDay(months), councils, tenant);
        return RunCharts.of(ReportedScope.of(la, raa, scope), known.at(), journeys(scope, known), months, small);
    }

    @GetMapping(value = "/api/reports/run-charts", produces = "image/svg+xml")
    String runChartSvg(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(defaultValue = "a1") String measure, Tenant tenant, AsKnown known) {
        if (!RunCharts.MEASURES.contains(measure)) {
            throw FieldProblem.badRequest("measure", "must be one of " + String.join(", ", RunCharts.MEASURES));
        }
        List<YearMonth> months = months(from, to, known);
        Set<String> scope = ReportScope.of(la, raa, lastDay(months), councils, tenant);
        return RunChartSvg.render(RunCharts.chart(measure, journeys(scope, known), months, small),
                la != null ? la : raa);
    }

    private List<YearMonth> months(String from, String to, AsKnown known) {
        YearMonth last = parse("to", to, YearMonth.from(known.today()));
        YearMonth first = parse("from", from, last.minusMonths(23));
        limits.date("to", last.atEndOfMonth());
        limits.date("from", first.atDay(1));
        if (first.isAfter(last) || first.plusMonths(120).isBefore(last)) {
            throw FieldProblem.badRequest("from", "must be before to and at most ten years earlier");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static LocalDate lastDay(List<YearMonth> months) {
        return months.get(months.size() - 1).atEndOfMonth();
    }

    private static YearMonth parse(String field, String value, YearMonth otherwise) {
        try {
            return value == null ? otherwise : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw FieldProblem.badRequest(field, "must be a month such as 2026-04");
        }
    }

    private List<RunCharts.Journey> journeys(Set<String> scope, AsKnown known) {
        return known.bind(jdbc.sql("""
                        select min(occurred_on) filter (where type = :entered) as entered,
                               min(occurred_on) filter (where type = :decided) as decided,
                               min(occurred_on) filter (where type = :ordered) as ordered,
                               least(min(occurred_on) filter (where type = :matched),
                                     min(occurred_on) filter (where type = :placed)) as matched,
                               min(occurred_on) filter (where type = :placed) as placed
                        from milestone_event e where la_code in (:councils) and """ + known.rows("e") + """
                        group by case_id"""))
                .param("entered", CaseEventTypes.wireNameOf(ChildEnteredCare.class))
                .param("decided", CaseEventTypes.wireNameOf(AdoptionDecisionMade.class))
                .param("ordered", CaseEventTypes.wireNameOf(PlacementOrderGranted.class))
                .param("matched", CaseEventTypes.wireNameOf(ChildMatched.class))
                .param("placed", CaseEventTypes.wireNameOf(ChildPlacedForAdoption.class))
                .param("councils", scope)
                .query(RunCharts.Journey.class).list();
    }
}
