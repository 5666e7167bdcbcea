package uk.permanence.cases.imports;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends many cases' events at once through Axon's event store, as a command's are appended: the same rows, global
 * indexes and multi-row insert (see {@code eventstore.MultiRowInsert}), and the same subscribing processors (the case
 * list, the counts), in the caller's transaction.
 */
@Component
class BulkAppend {

    private final EventStore events;
    private final JdbcClient jdbc;

    BulkAppend(EventStore events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Appends the events, in order, in the caller's transaction. */
    void append(List<? extends EventMessage<?>> appended) {
        events.publish(appended);
    }

    /** Which of these cases the event store holds any event of. */
    List<String> held(List<String> caseIds) {
        return jdbc.sql("select distinct aggregate_identifier from domain_event_entry where aggregate_identifier = any(?)")
                .param(caseIds.toArray(String[]::new)).query(String.class).list();
    }
}
