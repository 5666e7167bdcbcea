package uk.permanence.cases.eventstore;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long the oldest transaction still open on this database has been open (zero when none is), as PostgreSQL
 * sees it. An age rather than a start time, so that the two machines' clocks need not agree.
 */
@Component
class OpenTransactions {

    /** Allowance for the time between the database measuring the age and the caller using it. */
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final JdbcClient jdbc;

    OpenTransactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Duration oldestAge() {
        Double seconds = jdbc.sql("""
                        select coalesce(extract(epoch from max(clock_timestamp() - xact_start)), 0)
                          from pg_stat_activity
                         where datname = current_database() and backend_type = 'client backend'
                           and xact_start is not null and pid <> pg_backend_pid()""")
                .query(Double.class).single();
        return Duration.ofMillis(Math.round(seconds * 1000)).plus(MARGIN);
    }
}
