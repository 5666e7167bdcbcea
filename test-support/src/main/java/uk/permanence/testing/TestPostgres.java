package uk.permanence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server (zonky's embedded binaries) per test JVM, with a fresh database per name.
 * It stops when the JVM exits.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;
    private static final Set<String> created = new HashSet<>();

    private TestPostgres() {
    }

    public static synchronized String jdbcUrl(String database) {
        ensureDatabase(database);
        return server.getJdbcUrl("postgres", database);
    }

    public static synchronized DataSource dataSource(String database) {
        ensureDatabase(database);
        return server.getDatabase("postgres", database);
    }

    private static void ensureDatabase(String database) {
        start();
        if (created.add(database)) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database \"" + database + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("could not create test database " + database, e);
            }
        }
    }

    private static void start() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's directory is temporary
                }
            }));
        }
    }
}
