package uk.permanence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server (zonky's embedded binaries) per test JVM, with a fresh database per name.
 * It stops when the JVM exits. A fault test can stop it as {@code pg_ctl stop -m immediate} does and start it again
 * on the same data and port.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;
    /** The postmaster when a test has restarted it (zonky knows only the first one). */
    private static Process restarted;
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
                // acknowledged commits survive an immediate stop (a crash of the server, not of the machine, so
                // zonky's fsync=off is kept)
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                        .setServerConfig("synchronous_commit", "on").start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's directory is temporary
                }
                if (restarted != null) {
                    restarted.destroyForcibly();
                }
            }));
        }
    }

    /**
     * Stops the server as {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster: every backend exits at
     * once, without a checkpoint; the next start recovers from the WAL), then, after {@code down}, starts it again
     * with the same command line.
     */
    public static synchronized void stopImmediatelyAndRestartAfter(Duration down) throws Exception {
        ProcessHandle postmaster = postmaster();
        // as zonky starts it: in a user namespace of its own, where root is not root (PostgreSQL refuses root)
        List<String> commandLine = new ArrayList<>(List.of("unshare", "-U"));
        commandLine.add(postmaster.info().command().orElseThrow());
        commandLine.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        if (new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).start().waitFor() != 0) {
            throw new IllegalStateException("could not signal the postmaster " + postmaster.pid());
        }
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        Thread.sleep(down.toMillis());
        restarted = new ProcessBuilder(commandLine).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitConnections(Duration.ofSeconds(60));
    }

    private static ProcessHandle postmaster() {
        start();
        String port = Integer.toString(server.getPort());
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .filter(process -> List.of(process.info().arguments().orElse(new String[0])).contains(port))
                .findFirst().orElseThrow(() -> new IllegalStateException("no postmaster on port " + port));
    }

    private static void awaitConnections(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Connection connection = server.getPostgresDatabase().getConnection()) {
                return;
            } catch (SQLException starting) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not accept connections again", starting);
                }
                Thread.sleep(200);
            }
        }
    }
}
