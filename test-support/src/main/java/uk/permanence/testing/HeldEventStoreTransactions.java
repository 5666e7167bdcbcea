package uk.permanence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A slow commit in case-service's event store, made on demand: a transaction that takes a case's next sequence
 * number and stays open, so that the command recording that event waits on the unique key with its global index
 * already taken, as a stalled disk or network would leave it. Rolling the connection back lets the command commit.
 */
public final class HeldEventStoreTransactions {

    private HeldEventStoreTransactions() {
    }

    public static void holdNextEvent(Connection connection, String caseId, long sequence) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into domain_event_entry (global_index, sequence_number, payload, aggregate_identifier,
                                                event_identifier, payload_type, time_stamp)
                values (-(floor(random() * 1000000000)::bigint), ?, '\\x00', ?, ?, 'held', '2026-01-01T00:00:00Z')""")) {
            insert.setLong(1, sequence);
            insert.setString(2, caseId);
            insert.setString(3, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }
}
