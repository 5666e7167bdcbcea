package uk.permanence.reporting.quarterly;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.web.FieldProblem;
import uk.permanence.web.SafeCsv;

/**
 * {@code GET /api/reports/quarterly-return?la=CODE|raa=ID&quarter=2026-Q2}: the ASGLB-style counts for a calendar
 * quarter (by default the last one completed), one line per council and a total; CSV with {@code Accept: text/csv}.
 * Counts go by the legal date of each milestone in effect; the waiting figures are at the quarter's last day.
 */
@RestController
class QuarterlyReturnController {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final List<Class<? extends CaseEvent>> ENDS_THE_WAIT = List.of(AdoptionOrderGranted.class,
            SpecialGuardianshipOrderGranted.class, ChildArrangementsOrderGranted.class, ChildReturnedHome.class,
            ChildLeftCare.class);
    /**
     * Whether a child is matched at a date is decided by the latest of these by then: a match, or a placement for
     * adoption (recorded without a match before the rule that a placement needs one), means matched; a disruption
     * means waiting again.
     */
    private static final List<Class<? extends CaseEvent>> MATCH_OR_DISRUPTION = List.of(ChildMatched.class,
            ChildPlacedForAdoption.class, AdoptivePlacementDisrupted.class);
    private static final List<Class<? extends CaseEvent>> ENDS_THE_ORDER = List.of(AdoptionPlanChanged.class,
            PlacementOrderRevoked.class);

    private final JdbcClient jdbc;
    private final Councils councils;
    private final PeriodLimits limits;

    QuarterlyReturnController(JdbcClient jdbc, Councils councils, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.limits = limits;
    }

    @GetMapping(value = "/api/reports/quarterly-return", produces = "application/json")
    Map<String, Object> quarterlyReturn(@RequestParam(required = false) String la,
                                        @RequestParam(required = false) String raa,
                                        @RequestParam(required = false) String quarter, Tenant tenant,
                                        AsKnown known) {
        LocalDate from = quarterStart(quarter, known);
        LocalDate to = from.plusMonths(3).minusDays(1);
        Set<String> scope = ReportScope.of(la, raa, to, councils, tenant);
        List<QuarterCounts> lines = lines(scope, from, to, known);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("scope", la != null ? Map.of("la", la) : Map.of("raa", raa, "councils", new TreeSet<>(scope)));
        report.put("asOf", known.at());
        report.put("quarter", from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR));
        report.put("from", from);
        report.put("to", to);
        report.put("councils", lines);
        report.put("total", total(lines));
        return report;
    }

    @GetMapping(value = "/api/reports/quarterly-return", produces = "text/csv")
    String quarterlyReturnCsv(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
                              @RequestParam(required = false) String quarter, Tenant tenant, AsKnown known) {
        LocalDate from = quarterStart(quarter, known);
        LocalDate to = from.plusMonths(3).minusDays(1);
        Set<String> scope = ReportScope.of(la, raa, to, councils, tenant);
        List<QuarterCounts> lines = lines(scope, from, to, known);
        List<List<?>> csv = new ArrayList<>(List.of(QuarterCounts.CSV_HEADER));
        lines.forEach(line -> csv.add(line.csvCells()));
        csv.add(total(lines).csvCells());
        return SafeCsv.of(csv);
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

    private List<QuarterCounts> lines(Set<String> scope, LocalDate from, LocalDate to, AsKnown known) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        known.bind(jdbc.sql("""
                        select la_code, type, count(*) as n from milestone_event e
                        where la_code in (:councils) and occurred_on between :from and :to and """ + known.rows("e")
                        + " group by la_code, type"))
                .param("councils", scope).param("from", from).param("to", to)
                .query((row, n) -> counts.computeIfAbsent(row.getString("la_code"), key -> new HashMap<>())
                        .put(row.getString("type"), row.getLong("n")))
                .list();
        Map<String, QuarterCounts.Waiting> waiting = waiting(scope, to, known);
        List<QuarterCounts> lines = new ArrayList<>();
        for (String council : new TreeSet<>(scope)) {
            Map<String, Long> of = counts.getOrDefault(council, Map.of());
            lines.add(new QuarterCounts(council, count(of, AdoptionDecisionMade.class),
                    count(of, PlacementOrderGranted.class), count(of, PlacementConsentGiven.class),
                    count(of, ChildMatched.class),
                    count(of, ChildPlacedForAdoption.class), count(of, AdoptionOrderGranted.class),
                    count(of, SpecialGuardianshipOrderGranted.class), count(of, AdoptionPlanChanged.class),
                    count(of, EarlyPermanencePlacementStarted.class),
                    waiting.getOrDefault(council, new QuarterCounts.Waiting(0, 0, 0, 0, 0))));
        }
        return lines;
    }

    private static long count(Map<String, Long> counts, Class<? extends CaseEvent> type) {
        return counts.getOrDefault(CaseEventTypes.wireNameOf(type), 0L);
    }

    /**
     * Per council: children whose latest placement order by {@code end} is still in force then, whose case is still
     * open, and who are not matched then: never matched, or matched and placed but the placement disrupted with no
     * match since. Only the period of care in which that order was made counts: its entry is the latest before the
     * order, and whatever ended or matched an earlier period does not end this wait.
     */
    private Map<String, QuarterCounts.Waiting> waiting(Set<String> scope, LocalDate end, AsKnown known) {
        record Waiter(String laCode, LocalDate orderOn, LocalDate enteredOn) {
        }
        String inEffect = known.rows("e");
        List<Waiter> waiters = known.bind(jdbc.sql("""
                        with ordered as (
                            select case_id, la_code, max(occurred_on) as order_on from milestone_event e
                            where type = :order and occurred_on <= :end and la_code in (:councils) and %1$s
                            group by case_id, la_code),
                        in_period as (
                            select o.case_id, o.la_code, o.order_on,
                                (select max(e.occurred_on) from milestone_event e where e.case_id = o.case_id
                                 and e.type = :entered and e.occurred_on <= o.order_on and %1$s) as entered_on
                            from ordered o)
                        select o.la_code, o.order_on, o.entered_on
                        from in_period o
                        where not exists (select 1 from milestone_event e where e.case_id = o.case_id
                                          and e.type in (:endsTheWait) and e.occurred_on <= :end
                                          and e.occurred_on >= coalesce(o.entered_on, o.order_on) and %1$s)
                          and not exists (select 1 from milestone_event e where e.case_id = o.case_id
                                          and e.type in (:endsTheOrder) and e.occurred_on between o.order_on and :end
                                          and %1$s)
                          and coalesce((select e.type from milestone_event e where e.case_id = o.case_id
                                        and e.type in (:matchOrDisruption) and e.occurred_on <= :end
                                        and e.occurred_on >= coalesce(o.entered_on, o.order_on) and %1$s
                                        order by e.occurred_on desc, e.sequence desc limit 1), :disrupted)
                              = :disrupted""".formatted(inEffect)))
                .param("order", CaseEventTypes.wireNameOf(PlacementOrderGranted.class))
                .param("entered", CaseEventTypes.wireNameOf(ChildEnteredCare.class))
                .param("endsTheWait", ENDS_THE_WAIT.stream().map(CaseEventTypes::wireNameOf).toList())
                .param("endsTheOrder", ENDS_THE_ORDER.stream().map(CaseEventTypes::wireNameOf).toList())
                .param("matchOrDisruption", MATCH_OR_DISRUPTION.stream().map(CaseEventTypes::wireNameOf).toList())
                .param("disrupted", CaseEventTypes.wireNameOf(AdoptivePlacementDisrupted.class))
                .param("end", end).param("councils", scope)
                .query((row, n) -> new Waiter(row.getString("la_code"), row.getObject("order_on", LocalDate.class),
                        row.getObject("entered_on", LocalDate.class)))
                .list();
        return waiters.stream().collect(Collectors.groupingBy(Waiter::laCode, Collectors.reducing(
                new QuarterCounts.Waiting(0, 0, 0, 0, 0),
                waiter -> new QuarterCounts.Waiting(1,
                        ChronoUnit.DAYS.between(waiter.orderOn(), end) > 90 ? 1 : 0,
                        waiter.enteredOn() != null && !waiter.enteredOn().isAfter(end.minusMonths(18)) ? 1 : 0,
                        !waiter.orderOn().isAfter(end.minusMonths(12)) ? 1 : 0,
                        !waiter.orderOn().isAfter(end.minusMonths(18)) ? 1 : 0),
                QuarterCounts.Waiting::plus)));
    }

    private static QuarterCounts total(List<QuarterCounts> lines) {
        return lines.stream().reduce((a, b) -> a.plus("total", b))
                .map(sum -> sum.plus("total", new QuarterCounts("total", 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        new QuarterCounts.Waiting(0, 0, 0, 0, 0))))
                .orElseThrow();
    }
}
