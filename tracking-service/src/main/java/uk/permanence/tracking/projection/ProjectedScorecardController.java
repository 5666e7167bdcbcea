package uk.permanence.tracking.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.NationalThresholds;
import uk.permanence.councils.Tenant;
import uk.permanence.journey.AdoptionClock;
import uk.permanence.tracking.Today;
import uk.permanence.web.FieldProblem;

/**
 * {@code GET /api/reports/projected-scorecard?la=CODE} (or {@code raa=ID}): the A1, A10, A2 and A3 the financial year
 * will end with if the children waiting are placed and adopted on their projected dates, beside the figures so far.
 * Served here, not by reporting-service, because the projections are made and kept here (from the same events);
 * routed under the reports' path so that it has the scorecard's roles.
 */
@RestController
class ProjectedScorecardController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final NationalThresholds thresholds;
    private final Today today;

    ProjectedScorecardController(JdbcClient jdbc, Councils councils, NationalThresholds thresholds, Today today) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.thresholds = thresholds;
        this.today = today;
    }

    private record Child(LocalDate entered, long a1, long a10, Long a2, LocalDate placed) {
    }

    @GetMapping("/api/reports/projected-scorecard")
    ProjectedScorecard scorecard(@RequestParam(required = false) String la,
                                 @RequestParam(required = false) String raa, Tenant tenant) {
        LocalDate date = today.date();
        Set<String> scope = scope(la, raa, date, tenant);
        LocalDate from = LocalDate.of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<Child> soFar = jdbc.sql("""
                        select t.entered_care_on, t.placement_order_on, t.matched_on, t.placed_on,
                               t.living_with_adopters_since
                        from stage_duration s join case_timeliness t on t.case_id = s.case_id
                        where s.milestone = 'ADOPTION_ORDER' and s.ended_on between :from and :today
                          and t.la_code in (:councils) and t.entered_care_on is not null and t.placed_on is not null""")
                .param("from", from).param("today", date).param("councils", scope)
                .query((row, n) -> {
                    LocalDate entered = row.getObject("entered_care_on", LocalDate.class);
                    LocalDate placed = row.getObject("placed_on", LocalDate.class);
                    LocalDate order = row.getObject("placement_order_on", LocalDate.class);
                    return new Child(entered, AdoptionClock.a1(entered, placed, date).days(),
                            AdoptionClock.a10(entered, row.getObject("living_with_adopters_since", LocalDate.class),
                                    placed, date).days(),
                            order == null ? null : AdoptionClock.a2(order,
                                    row.getObject("matched_on", LocalDate.class), placed, date).days(), placed);
                })
                .list();
        List<Child> projected = new ArrayList<>(soFar);
        projected.addAll(jdbc.sql("""
                        select p.a1_started_on, p.a1_days, p.a10_days, p.a2_days, p.a1_stops_on
                        from case_projection p join case_projected_milestone m on m.case_id = p.case_id
                        where m.milestone = 'ADOPTION_ORDER' and m.projected_on <= :to and p.la_code in (:councils)""")
                .param("to", to).param("councils", scope)
                .query((row, n) -> new Child(row.getObject("a1_started_on", LocalDate.class), row.getLong("a1_days"),
                        row.getLong("a10_days"), row.getObject("a2_days") == null ? null : row.getLong("a2_days"),
                        row.getObject("a1_stops_on", LocalDate.class)))
                .list());
        int months = thresholds.inForceOn(to).placedWithinMonths();
        return new ProjectedScorecard(la, raa, scope, from, to, date, months, measures(soFar, months),
                measures(projected, months));
    }

    private static ProjectedScorecard.Measures measures(List<Child> children, int months) {
        List<Long> a2 = children.stream().map(Child::a2).filter(days -> days != null).toList();
        long within = children.stream().filter(child -> child.placed().isBefore(child.entered().plusMonths(months)))
                .count();
        return new ProjectedScorecard.Measures(children.size(), mean(children.stream().map(Child::a1).toList()),
                mean(children.stream().map(Child::a10).toList()), mean(a2), a2.size(),
                children.isEmpty() ? null : roundHalfUp(within * 100, children.size()));
    }

    private static Long mean(List<Long> values) {
        return values.isEmpty() ? null
                : roundHalfUp(values.stream().mapToLong(Long::longValue).sum(), values.size());
    }

    private static long roundHalfUp(long sum, long count) {
        return Math.floorDiv(2 * sum + count, 2 * count);
    }

    /** One council the caller may see, or an RAA's members today, every one of which the caller may see. */
    private Set<String> scope(String la, String raa, LocalDate date, Tenant tenant) {
        if ((la == null) == (raa == null)) {
            throw FieldProblem.badRequest(la == null ? "la" : "raa", "give either la or raa, not both or neither");
        }
        if (la != null) {
            if (!la.matches("\\d{3}")) {
                throw FieldProblem.badRequest("la", "must be a council's three-digit DfE code");
            }
            if (!tenant.canSee(la)) {
                throw new ErrorResponseException(HttpStatus.NOT_FOUND);
            }
            return Set.of(la);
        }
        if (!councils.isRaa(raa)) {
            throw FieldProblem.badRequest("raa", "no RAA with this id is on the platform");
        }
        Set<String> members = councils.ofRaa(raa, date);
        if (members.isEmpty() || !tenant.actsFor(raa) && !members.stream().allMatch(tenant::canSee)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        return members;
    }
}
