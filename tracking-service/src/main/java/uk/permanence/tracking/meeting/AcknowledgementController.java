package uk.permanence.tracking.meeting;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;
import uk.permanence.tracking.Today;
import uk.permanence.web.FieldProblem;

/**
 * {@code POST /api/alerts/{alertId}/acknowledgement}: a team manager sets an open alert aside from the tracking
 * meeting's urgent block until a review date, with a justification. The alert stays open, is listed as acknowledged
 * and counts wherever it counted; from the review date it is urgent again. Another tenant's alert answers 404, exactly
 * like one that does not exist.
 */
@RestController
class AcknowledgementController {

    /** The furthest a review may be put off: an acknowledged alert must come back to a meeting within a year. */
    static final int LONGEST_REVIEW_DAYS = 366;
    static final int LONGEST_JUSTIFICATION = 1000;

    private final JdbcClient jdbc;
    private final Today today;
    private final Clock clock;

    AcknowledgementController(JdbcClient jdbc, Today today, Clock clock) {
        this.jdbc = jdbc;
        this.today = today;
        this.clock = clock;
    }

    @PostMapping("/api/alerts/{alertId}/acknowledgement")
    ResponseEntity<Acknowledgement> acknowledge(@PathVariable String alertId,
            @RequestBody(required = false) AcknowledgementRequest body, Tenant tenant) {
        Alert alert = alertId.matches("\\d{1,18}") ? visibleAlert(Long.parseLong(alertId), tenant) : null;
        if (alert == null) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        LocalDate date = today.date();
        Map<String, String> errors = new LinkedHashMap<>();
        String justification = body == null ? null : body.justification();
        if (justification == null || justification.isBlank()) {
            errors.put("justification", "is required");
        } else if (justification.length() > LONGEST_JUSTIFICATION) {
            errors.put("justification", "must be at most " + LONGEST_JUSTIFICATION + " characters");
        }
        LocalDate reviewOn = null;
        try {
            reviewOn = body == null || body.reviewOn() == null ? null : LocalDate.parse(body.reviewOn());
            if (reviewOn == null) {
                errors.put("reviewOn", "is required");
            } else if (!reviewOn.isAfter(date)) {
                errors.put("reviewOn", "must be after today (" + date + ")");
            } else if (reviewOn.isAfter(date.plusDays(LONGEST_REVIEW_DAYS))) {
                errors.put("reviewOn", "must be within a year (by " + date.plusDays(LONGEST_REVIEW_DAYS) + ")");
            }
        } catch (DateTimeParseException e) {
            errors.put("reviewOn", "must be a date (YYYY-MM-DD)");
        }
        if (!errors.isEmpty()) {
            throw FieldProblem.badRequest(errors);
        }
        if (!alert.open()) {
            throw new ErrorResponseException(HttpStatus.CONFLICT,
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The alert is cleared: nothing to set aside."),
                    null);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into alert_acknowledgement (case_id, rule, started_on, alert_id, justification, review_on,
                            acknowledged_by, acknowledged_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(alert.caseId(), alert.rule(), alert.startedOn(), alert.id(), justification, reviewOn,
                        tenant.user(), Timestamp.from(now))
                .update();
        return ResponseEntity.created(URI.create("/api/alerts/" + alert.id() + "/acknowledgement"))
                .body(new Acknowledgement(alert.id(), alert.caseId(), alert.rule(), alert.startedOn(), justification,
                        reviewOn, tenant.user(), now));
    }

    private Alert visibleAlert(long id, Tenant tenant) {
        return jdbc.sql("select id, case_id, rule, started_on, status from alert where id = ? and la_code = any(?)")
                .params(id, tenant.councils().toArray(String[]::new))
                .query((row, n) -> new Alert(row.getLong("id"), row.getString("case_id"), row.getString("rule"),
                        row.getObject("started_on", LocalDate.class), "open".equals(row.getString("status"))))
                .optional().orElse(null);
    }

    private record Alert(long id, String caseId, String rule, LocalDate startedOn, boolean open) {
    }
}
