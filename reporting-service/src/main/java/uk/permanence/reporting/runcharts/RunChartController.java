package uk.permanence.reporting.runcharts;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
import uk.permanence.reporting.statistics.Averages;
import uk.permanence.reporting.statistics.SmallNumbers;
import uk.permanence.web.FieldProblem;

/**
 * {@code GET /api/reports/run-charts?la=CODE|raa=ID&from=2025-01&to=2026-10}: monthly medians for A1 (entry to
 * placement, by month placed), A2 (order to match, by month matched; a match before the order counts 0; a placement
 * recorded without a match stands for it, as in the scorecard) and entry
 * to plan (entry to the ADM decision, by month decided), by default over the last 24 months; as JSON, or one chart
 * ({@code measure=a1|a2|entry-to-plan}) as SVG with {@code Accept: image/svg+xml}.
 */
@RestController
class RunChartController {

    private static final List<String> MEASURES = List.of("a1", "a2", "entry-to-plan");

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

    /** The first date of each milestone a run chart measures, for one child. */
    record Journey(LocalDate entered, LocalDate decided, LocalDate ordered, LocalDate matched, LocalDate placed) {
    }

    @GetMapping(value = "/api/reports/run-charts", produces = {"application/json", "text/csv"})
    Map<String, Object> runCharts(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  Tenant tenant, AsKnown known) {
        List<YearMonth> months = months(from, to, known);
        Set<String> scope = ReportScope.of(la, raa, lastDay(months), councils, tenant);
        List<Journey> journeys = journeys(scope, known);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scope", la != null ? Map.of("la", la) : Map.of("raa", raa, "councils", new TreeSet<>(scope)));
        report.put("asOf", known.at());
        report.put("from", months.get(0));
        report.put("to", months.get(months.size() - 1));
        report.put("charts", MEASURES.stream().map(measure -> chart(measure, journeys, months)).toList());
        return report;
    }

    @GetMapping(value = "/api/reports/run-charts", produces = "image/svg+xml")
    String runChartSvg(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(defaultValue = "a1") String measure, Tenant tenant, AsKnown known) {
        if (!MEASURES.contains(measure)) {
            throw FieldProblem.badRequest("measure", "must be one of " + String.join(", ", MEASURES));
        }
        List<YearMonth> months = months(from, to, known);
        Set<String> scope = ReportScope.of(la, raa, lastDay(months), councils, tenant);
        return RunChartSvg.render(chart(measure, journeys(scope, known), months), la != null ? la : raa);
    }

    private RunChart chart(String measure, List<Journey> journeys, List<YearMonth> months) {
        return switch (measure) {
            case "a1" -> monthly("a1", "A1: entering care to placement for adoption", journeys, months,
                    Journey::placed, journey -> journey.entered() == null ? null
                            : DAYS.between(journey.entered(), journey.placed()));
            case "a2" -> monthly("a2", "A2: placement order to match", journeys, months, Journey::matched,
                    journey -> journey.ordered() == null ? null
                            : Math.max(0, DAYS.between(journey.ordered(), journey.matched())));
            default -> monthly("entry-to-plan", "Entering care to the adoption decision", journeys, months,
                    Journey::decided, journey -> journey.entered() == null ? null
                            : DAYS.between(journey.entered(), journey.decided()));
        };
    }

    private RunChart monthly(String measure, String description, List<Journey> journeys, List<YearMonth> months,
                             Function<Journey, LocalDate> stopsOn, Function<Journey, Long> days) {
        List<RunChart.Point> points = new ArrayList<>();
        for (YearMonth month : months) {
            List<Long> values = journeys.stream()
                    .filter(journey -> stopsOn.apply(journey) != null
                            && YearMonth.from(stopsOn.apply(journey)).equals(month))
                    .map(days).filter(value -> value != null).toList();
            points.add(new RunChart.Point(month, Averages.median(values), values.size(),
                    small.isSmall(values.size())));
        }
        return RunChart.of(measure, description, points);
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

    private List<Journey> journeys(Set<String> scope, AsKnown known) {
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
                .query(Journey.class).list();
    }
}
