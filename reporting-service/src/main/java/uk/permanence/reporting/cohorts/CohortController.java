package uk.permanence.reporting.cohorts;

import java.time.LocalDate;
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
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.knowledge.AsKnown;
import uk.permanence.reporting.scope.PeriodLimits;
import uk.permanence.reporting.scope.ReportScope;
import uk.permanence.reporting.scope.ReportedScope;
import uk.permanence.reporting.statistics.SmallNumbers;

/**
 * {@code GET /api/reports/cohorts?la=CODE|raa=ID&from=&to=}: the placement-order cohort and the ADM-decision cohort
 * of a period (by default the year ending the last 31 March), followed forward to today.
 */
@RestController
class CohortController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final SmallNumbers small;
    private final PeriodLimits limits;

    CohortController(JdbcClient jdbc, Councils councils, SmallNumbers small, PeriodLimits limits) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.small = small;
        this.limits = limits;
    }

    @GetMapping("/api/reports/cohorts")
    Cohorts cohorts(@RequestParam(required = false) String la, @RequestParam(required = false) String raa,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Tenant tenant, AsKnown known) {
        LocalDate today = known.today();
        PeriodLimits.ReportPeriod period = limits.yearsEndingLast31March(from, to, 1, today);
        LocalDate periodStart = period.from();
        LocalDate periodEnd = period.to();
        Set<String> scope = ReportScope.of(la, raa, periodEnd, councils, tenant);
        List<CaseMilestones> cases = casesWithDecisionOrOrderIn(scope, periodStart, periodEnd, known);
        return new Cohorts(ReportedScope.of(la, raa, scope), known.at(), periodStart, periodEnd, today,
                ProspectiveCohorts.NOT_COMPARABLE,
                ProspectiveCohorts.placementOrderCohort(cases, periodStart, periodEnd, today, small),
                ProspectiveCohorts.decisionCohort(cases, periodStart, periodEnd, today));
    }

    private List<CaseMilestones> casesWithDecisionOrOrderIn(Set<String> scope, LocalDate from, LocalDate to,
                                                            AsKnown known) {
        record Row(String caseId, CaseMilestones.Milestone milestone) {
        }
        List<Row> rows = known.bind(jdbc.sql("""
                        select m.case_id, m.type, m.occurred_on, m.detail, m.decided_by from milestone_event m
                        where %s and m.case_id in (select s.case_id from milestone_event s
                                                   where s.la_code in (:councils) and s.type in (:starts)
                                                     and s.occurred_on between :from and :to and %s)"""
                        .formatted(known.rows("m"), known.rows("s"))))
                .param("councils", scope)
                .param("starts", List.of(CaseEventTypes.wireNameOf(AdoptionDecisionMade.class),
                        CaseEventTypes.wireNameOf(PlacementOrderGranted.class)))
                .param("from", from).param("to", to)
                .query((row, n) -> new Row(row.getString("case_id"), new CaseMilestones.Milestone(
                        row.getString("type"), row.getObject("occurred_on", LocalDate.class),
                        row.getString("detail"), row.getString("decided_by"))))
                .list();
        return rows.stream().collect(Collectors.groupingBy(Row::caseId,
                        Collectors.mapping(Row::milestone, Collectors.toList())))
                .entrySet().stream().map(entry -> new CaseMilestones(entry.getKey(), entry.getValue())).toList();
    }
}
