package uk.permanence.reporting.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a report may see: the latest of everything, or (with {@code asOf}) only what had been recorded by then, so
 * that a board paper can be reproduced exactly later. Every per-case read model is filtered through it.
 */
public final class AsKnown {

    private final Instant asOf;
    private final Clock clock;

    AsKnown(Instant asOf, Clock clock) {
        this.asOf = asOf;
        this.clock = clock;
    }

    public static AsKnown latest(Clock clock) {
        return new AsKnown(null, clock);
    }

    /**
     * The condition, in brackets, that a row of a versioned table (under {@code alias}) was the one known then;
     * {@link #bind} gives it {@code :asOf}.
     */
    public String rows(String alias) {
        return asOf == null ? "(" + alias + ".known_until is null)"
                : "(" + alias + ".known_from <= :asOf and (" + alias + ".known_until is null or " + alias
                + ".known_until > :asOf))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return asOf == null ? statement : statement.param("asOf", Timestamp.from(asOf));
    }

    /** The report's "today": the day of {@code asOf}, or today. */
    public LocalDate today() {
        return LocalDate.ofInstant(at(), clock.getZone());
    }

    /** The moment the report describes, for its {@code asOf} field. */
    public Instant at() {
        return asOf != null ? asOf : clock.instant();
    }
}
