package uk.permanence.tracking.alerts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.tracking.Today;

/**
 * {@code GET /api/alerts}: alerts filtered by owner, rule and state, most pressing first, a page at a time; an RAA's
 * alerts are those of its member councils today.
 */
@RestController
class AlertController {

    private final JdbcClient jdbc;
    private final Councils councils;
    private final Today today;

    AlertController(JdbcClient jdbc, Councils councils, Today today) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.today = today;
    }

    @GetMapping("/api/alerts")
    Map<String, Object> alerts(
            @RequestParam(required = false) @Pattern(regexp = "\\d{3}") String la,
            @RequestParam(required = false) String raa,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) String worker,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) @Pattern(regexp = "STATUTORY|PERFORMANCE_THRESHOLD|PRACTICE_STANDARD|PROJECTED")
            String kind,
            @RequestParam(required = false) @Pattern(regexp = "NOTICE|DUE_SOON|OVERDUE|PROJECTED") String severity,
            @RequestParam(required = false) String rule,
            @RequestParam(defaultValue = "open") @Pattern(regexp = "open|cleared") String status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
            Tenant tenant) {
        List<String> where = new ArrayList<>(List.of("status = :status"));
        Map<String, Object> params = new HashMap<>(Map.of("status", status));
        filter(where, params, "la_code", "la", la);
        filter(where, params, "team", "team", team);
        filter(where, params, "social_worker", "worker", worker);
        filter(where, params, "case_id", "caseId", caseId);
        filter(where, params, "kind", "kind", kind);
        filter(where, params, "severity", "severity", severity);
        filter(where, params, "rule", "rule", rule);
        LocalDate date = today.date();
        if (raa != null) {
            Set<String> members = councils.ofRaa(raa, date);
            where.add("la_code in (:raaCouncils)");
            params.put("raaCouncils", members.isEmpty() ? List.of("none") : members);
        }
        where.add("la_code in (:tenantCouncils)");
        params.put("tenantCouncils", tenant.councils().isEmpty() ? List.of("none") : tenant.councils());
        String condition = String.join(" and ", where);
        long total = jdbc.sql("select count(*) from alert where " + condition).params(params)
                .query(Long.class).single();
        List<AlertView> items = jdbc.sql("select * from alert where " + condition
                        + " order by case severity when 'OVERDUE' then 0 when 'DUE_SOON' then 1 when 'NOTICE' then 2 "
                        + "else 3 end, due_on, id"
                        + " limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((row, n) -> new AlertView(row.getLong("id"), row.getString("case_id"),
                        row.getString("la_code"), row.getString("team"), row.getString("social_worker"),
                        row.getString("rule"), row.getString("kind"), row.getString("severity"),
                        row.getObject("started_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
                        ChronoUnit.DAYS.between(date, row.getObject("due_on", LocalDate.class)),
                        row.getString("status"), row.getTimestamp("raised_at").toInstant(),
                        instant(row.getTimestamp("cleared_at"))))
                .list();
        return Map.of("items", items, "page", page, "size", size, "total", total);
    }

    private static void filter(List<String> where, Map<String, Object> params, String column, String name,
                               String value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
