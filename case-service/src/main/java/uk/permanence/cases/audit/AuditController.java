package uk.permanence.cases.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;

/**
 * {@code GET /api/audit}: who read which case's data, newest first, filtered by case, user and time; for the
 * platform admin only (checked here as well as at the gateway).
 */
@RestController
class AuditController {

    private static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;

    AuditController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record AuditedRead(String readId, Instant readAt, String user, String role, String tenant, String caseId,
                       String service, String endpoint, String query, String correlationId) {
    }

    /** A page of reads, newest first, and how many match in all. */
    record AuditPage(List<AuditedRead> items, int page, int size, long total) {
    }

    @GetMapping("/api/audit")
    AuditPage reads(@RequestParam(required = false) String caseId,
                    @RequestParam(required = false) String user,
                    @RequestParam(required = false) Instant from,
                    @RequestParam(required = false) Instant to,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size,
                    Tenant tenant) {
        if (!"admin".equals(tenant.role())) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN);
        }
        size = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (caseId != null) {
            where.add("case_id = :caseId");
            params.put("caseId", caseId);
        }
        if (user != null) {
            where.add("user_id = :user");
            params.put("user", user);
        }
        if (from != null) {
            where.add("read_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.add("read_at < :to");
            params.put("to", Timestamp.from(to));
        }
        String filter = String.join(" and ", where);
        List<AuditedRead> items = jdbc.sql("select read_id, read_at, user_id as \"user\", role, tenant, case_id, service,"
                        + " endpoint, query, correlation_id from audit_read where " + filter
                        + " order by read_at desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) Math.max(0, page) * size)
                .query(AuditedRead.class).list();
        long total = jdbc.sql("select count(*) from audit_read where " + filter).params(params)
                .query(Long.class).single();
        return new AuditPage(items, page, size, total);
    }
}
