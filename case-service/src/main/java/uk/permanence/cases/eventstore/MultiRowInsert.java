package uk.permanence.cases.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;

/**
 * Axon's event rows written as multi-row inserts, up to {@link #ROWS_PER_STATEMENT} a statement, instead of one
 * Hibernate insert per event: the rows are Axon's own {@link DomainEventEntry} (serialized as Axon serializes
 * them), with the global indexes the caller took from the entity's sequence.
 */
final class MultiRowInsert {

    /** Ten parameters a row: well within PostgreSQL's 65,535 bind parameters a statement. */
    static final int ROWS_PER_STATEMENT = 1000;
    private static final String INSERT = "insert into domain_event_entry (global_index, sequence_number, meta_data, "
            + "payload, aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type) "
            + "values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private MultiRowInsert() {
    }

    static void insert(Connection connection, List<DomainEventEntry> entries, List<Long> globalIndexes)
            throws SQLException {
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(entries.size(), from + ROWS_PER_STATEMENT);
            try (PreparedStatement insert = connection.prepareStatement(INSERT
                    + String.join(", ", Collections.nCopies(to - from, ROW)))) {
                int parameter = 1;
                for (int i = from; i < to; i++) {
                    DomainEventEntry entry = entries.get(i);
                    insert.setLong(parameter++, globalIndexes.get(i));
                    insert.setLong(parameter++, entry.getSequenceNumber());
                    insert.setBytes(parameter++, entry.getMetaData().getData());
                    insert.setBytes(parameter++, entry.getPayload().getData());
                    insert.setString(parameter++, entry.getAggregateIdentifier());
                    insert.setString(parameter++, entry.getEventIdentifier());
                    insert.setString(parameter++, entry.getPayload().getType().getRevision());
                    insert.setString(parameter++, entry.getPayload().getType().getName());
                    insert.setString(parameter++, DateTimeUtils.formatInstant(entry.getTimestamp()));
                    insert.setString(parameter++, entry.getType());
                }
                insert.executeUpdate();
            }
        }
    }
}
