package uk.permanence.tracking.surgery;

import static java.time.temporal.ChronoUnit.DAYS;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;
import uk.permanence.tracking.Today;
import uk.permanence.tracking.caseload.CaseloadFilter;
import uk.permanence.tracking.deadlines.DeadlineRule;
import uk.permanence.tracking.deadlines.TrackingRules;
import uk.permanence.tracking.meeting.Acknowledgement;
import uk.permanence.tracking.meeting.Acknowledgements;
import uk.permanence.tracking.meeting.OpenAction;
import uk.permanence.tracking.meeting.OpenActions;
import uk.permanence.web.SafeCsv;

/**
 * {@code GET /api/surgery}: the fortnightly tracking meeting's list (its agenda) for a team, social worker,
 * family-finder or council. Every child still in care, most urgent first (most overdue items, deadlines and agreed
 * actions alike, then the nearest due date, then by case id so that pages never overlap). JSON, the whole list or with {@code page} or {@code size} one page of it with the list's totals; or the
 * whole list as CSV with {@code Accept: text/csv}. The list is worked out in full either way: a page makes the
 * answer small, not the work.
 */
@RestController
class SurgeryController {

    static final int DEFAULT_SIZE = 25;
    private static final List<String> CSV_HEADER = List.of("caseId", "laCode", "team", "socialWorker", "stage",
            "daysAtStage", "overdue", "dueSoon", "nextRule", "nextDueOn", "nextDaysLeft", "familyFinder",
            "openActions", "overdueActions", "acknowledged");

    private final JdbcClient jdbc;
    private final TrackingRules rules;
    private final Today today;
    private final OpenActions openActions;
    private final Acknowledgements acknowledgements;

    SurgeryController(JdbcClient jdbc, TrackingRules rules, Today today, OpenActions openActions,
                      Acknowledgements acknowledgements) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.today = today;
        this.openActions = openActions;
        this.acknowledgements = acknowledgements;
    }

    @GetMapping(value = "/api/surgery", produces = "application/json")
    SurgeryList surgery(@RequestParam(required = false) String team,
                        @RequestParam(required = false) String worker,
                        @RequestParam(required = false) String familyFinder,
                        @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String la,
                        @RequestParam(required = false) String page,
                        @RequestParam(required = false) String size,
                        Tenant tenant) {
        // the caseload's checks of a page and its size, with the same messages and bounds
        CaseloadFilter.Request paging = CaseloadFilter.of(null, team, worker, familyFinder, null, null, null, null,
                page, size, DEFAULT_SIZE);
        List<SurgeryRow> rows = rows(team, worker, familyFinder, la, tenant);
        long withOverdue = rows.stream().filter(row -> urgency(row) > 0).count();
        if (page == null && size == null) {
            return new SurgeryList(rows, null, null, rows.size(), withOverdue);
        }
        int from = (int) Math.min((long) paging.page() * paging.size(), rows.size());
        return new SurgeryList(rows.subList(from, Math.min(from + paging.size(), rows.size())), paging.page(),
                paging.size(), rows.size(), withOverdue);
    }

    @GetMapping(value = "/api/surgery", produces = "text/csv")
    String surgeryCsv(@RequestParam(required = false) String team,
                      @RequestParam(required = false) String worker,
                      @RequestParam(required = false) String familyFinder,
                      @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String la,
                      Tenant tenant) {
        List<List<?>> lines = new ArrayList<>(List.of(CSV_HEADER));
        rows(team, worker, familyFinder, la, tenant).forEach(row -> lines.add(csv(row)));
        return SafeCsv.of(lines);
    }

    private List<SurgeryRow> rows(String team, String worker, String familyFinder, String la, Tenant tenant) {
        LocalDate date = today.date();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>(List.of("t.closed_on is null"));
        if (team != null) {
            where.add("t.team = :team");
            params.put("team", team);
        }
        if (worker != null) {
            where.add("t.social_worker = :worker");
            params.put("worker", worker);
        }
        if (familyFinder != null) {
            where.add("t.family_finder = :familyFinder");
            params.put("familyFinder", familyFinder);
        }
        if (la != null) {
            where.add("t.la_code = :la");
            params.put("la", la);
        }
        where.add("t.la_code in (:tenantCouncils)");
        params.put("tenantCouncils", tenant.councils().isEmpty() ? List.of("none") : tenant.councils());
        // every query below is read in full with list(), which closes its result set and connection
        List<Due> allDue = jdbc.sql("select d.case_id, d.rule, d.due_on from case_deadline d "
                        + "join case_timeliness t on t.case_id = d.case_id where " + String.join(" and ", where)
                        + " order by d.due_on")
                .params(params)
                .query((row, n) -> new Due(row.getString("case_id"), row.getString("rule"),
                        row.getObject("due_on", LocalDate.class)))
                .list();
        Map<String, List<Due>> deadlines = allDue.stream().collect(Collectors.groupingBy(Due::caseId));
        List<String> caseIds = jdbc.sql("select t.case_id from case_timeliness t where " + String.join(" and ", where))
                .params(params).query(String.class).list();
        Map<String, List<OpenAction>> actions = openActions.of(caseIds, date);
        Map<String, Map<String, Acknowledgement>> acknowledged = acknowledgements.inForce(caseIds, date);
        List<SurgeryRow> rows = jdbc.sql("select * from case_timeliness t where " + String.join(" and ", where))
                .params(params)
                .query((row, n) -> {
                    String caseId = row.getString("case_id");
                    List<Due> due = deadlines.getOrDefault(caseId, List.of());
                    Map<String, Acknowledgement> setAside = acknowledged.getOrDefault(caseId, Map.of());
                    List<Due> urgent = due.stream().filter(d -> !setAside.containsKey(d.rule())).toList();
                    LocalDate stageSince = row.getObject("stage_since", LocalDate.class);
                    Due next = due.stream().filter(d -> !d.notice()).findFirst().orElse(null);
                    return new SurgeryRow(caseId, row.getString("case_reference"), row.getString("la_code"),
                            row.getString("team"),
                            row.getString("social_worker"), row.getString("stage"),
                            stageSince == null ? null : DAYS.between(stageSince, date),
                            urgent.stream().filter(d -> !d.notice() && d.dueOn().isBefore(date)).map(Due::rule)
                                    .toList(),
                            urgent.stream().filter(d -> !d.dueOn().isBefore(date) && !d.dueOn()
                                    .isAfter(date.plusDays(rules.dueSoonDays(DeadlineRule.valueOf(d.rule())))))
                                    .map(Due::rule).toList(),
                            next == null ? null : next.rule(), next == null ? null : next.dueOn(),
                            next == null ? null : DAYS.between(date, next.dueOn()),
                            row.getString("family_finder"), actions.getOrDefault(caseId, List.of()),
                            List.copyOf(setAside.values()));
                })
                .list();
        return rows.stream()
                .sorted(Comparator.comparingLong((SurgeryRow row) -> -urgency(row))
                        .thenComparing(row -> row.nextDueOn() == null ? LocalDate.MAX : row.nextDueOn())
                        .thenComparing(SurgeryRow::caseId))
                .toList();
    }

    /** How many things are overdue: deadlines not acknowledged, and agreed actions. */
    private static long urgency(SurgeryRow row) {
        return row.overdue().size() + row.overdueActions();
    }

    private static List<?> csv(SurgeryRow row) {
        return Arrays.asList(row.caseId(), row.laCode(), row.team(), row.socialWorker(), row.stage(),
                row.daysAtStage(), String.join(" ", row.overdue()), String.join(" ", row.dueSoon()), row.nextRule(),
                row.nextDueOn(), row.nextDaysLeft(), row.familyFinder(),
                row.actions().stream().map(action -> action.what() + " (" + action.owner() + ", due "
                        + action.dueOn() + (action.overdue() ? ", overdue" : "") + ")")
                        .collect(Collectors.joining("; ")),
                row.overdueActions(),
                row.acknowledged().stream().map(acknowledgement -> acknowledgement.rule() + " until "
                        + acknowledgement.reviewOn()).collect(Collectors.joining("; ")));
    }

    private record Due(String caseId, String rule, LocalDate dueOn) {
        /** The earliest date something may be done, never overdue and never the next deadline. */
        boolean notice() {
            return DeadlineRule.valueOf(rule).notice();
        }
    }
}
