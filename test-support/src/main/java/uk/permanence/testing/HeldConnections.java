package uk.permanence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Takes connections from a pool and keeps them until closed, so a test can see what a full pool does. */
public final class HeldConnections implements AutoCloseable {

    private final List<Connection> held = new ArrayList<>();

    private HeldConnections() {
    }

    /** Takes {@code count} connections of {@code pool}; all are given back by {@link #close()}. */
    public static HeldConnections take(DataSource pool, int count) throws SQLException {
        HeldConnections connections = new HeldConnections();
        try {
            for (int i = 0; i < count; i++) {
                connections.held.add(pool.getConnection());
            }
        } catch (SQLException | RuntimeException e) {
            connections.close();
            throw e;
        }
        return connections;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
        held.clear();
    }
}
