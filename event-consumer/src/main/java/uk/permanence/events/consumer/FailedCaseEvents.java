package uk.permanence.events.consumer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The events this service's projections failed on, kept (never skipped) until a retry applies them. */
public class FailedCaseEvents {

    /** A failed event as ops see it; {@code caseId} and {@code sequence} are null for a message that could not be read. */
    public record FailedCaseEvent(long id, String caseId, Long sequence, String message, String importSource,
                                  String error, int attempts, Instant failedAt) {
    }

    private final JdbcClient jdbc;

    public FailedCaseEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a first failure, or another failure of an event already recorded (a redelivery or a retry). */
    void record(String caseId, Long sequence, String message, String importSource, String error) {
        if (caseId != null) {
            jdbc.sql("""
                            insert into failed_case_event (case_id, sequence, message, import_source, error, attempts,
                                                           failed_at)
                            values (?, ?, ?, ?, ?, 1, now())
                            on conflict (case_id, sequence) where case_id is not null
                            do update set error = excluded.error, attempts = failed_case_event.attempts + 1,
                                          failed_at = now()""")
                    .params(caseId, sequence, message, importSource, error).update();
        } else {
            jdbc.sql("insert into failed_case_event (message, import_source, error, attempts, failed_at) "
                            + "values (?, ?, ?, 1, now())")
                    .params(message, importSource, error).update();
        }
    }

    void failedAgain(long id, String error) {
        jdbc.sql("update failed_case_event set error = ?, attempts = attempts + 1, failed_at = now() where id = ?")
                .params(error, id).update();
    }

    void forget(long id) {
        jdbc.sql("delete from failed_case_event where id = ?").param(id).update();
    }

    /** Forgets the failed events of these cases that their positions have since passed (applied on redelivery). */
    void forgetOvertaken(List<String> caseIds) {
        jdbc.sql("delete from failed_case_event f using case_event_position p where f.case_id in (:caseIds) "
                        + "and p.case_id = f.case_id and f.sequence <= p.last_sequence")
                .param("caseIds", caseIds).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from failed_case_event").query(Long.class).single();
    }

    /** Oldest first, optionally of one case only. */
    public List<FailedCaseEvent> list(String caseId) {
        return jdbc.sql("""
                        select id, case_id, sequence, message, import_source, error, attempts, failed_at
                        from failed_case_event
                        where cast(:caseId as varchar) is null or case_id = :caseId
                        order by case_id nulls first, sequence, id""")
                .param("caseId", caseId)
                .query((row, n) -> new FailedCaseEvent(row.getLong("id"), row.getString("case_id"),
                        (Long) row.getObject("sequence"), row.getString("message"), row.getString("import_source"),
                        row.getString("error"), row.getInt("attempts"), row.getObject("failed_at", Timestamp.class).toInstant()))
                .list();
    }
}
