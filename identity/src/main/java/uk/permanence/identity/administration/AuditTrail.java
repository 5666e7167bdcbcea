package uk.permanence.identity.administration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every administrative change, kept in the same transaction as the change itself. */
@Component
class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Entry(Instant at, String actor, String action, String target, String detail) {
    }

    void record(String actor, String action, String target, String detail) {
        jdbc.sql("insert into admin_audit (at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action, target, detail)
                .update();
    }

    List<Entry> latest(int limit) {
        return jdbc.sql("select at, actor, action, target, detail from admin_audit order by id desc limit ?")
                .param(limit)
                .query((row, n) -> new Entry(row.getTimestamp("at").toInstant(), row.getString("actor"),
                        row.getString("action"), row.getString("target"), row.getString("detail")))
                .list();
    }
}
