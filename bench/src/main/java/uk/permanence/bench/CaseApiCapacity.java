package uk.permanence.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The highest constant arrival rate of commands ({@link CaseApiLoad}'s mix) the case API sustains with p99 at most
 * 50 ms and under 1 % refused: the rate is stepped up, after a warm-up at the lowest, until a step fails. For every step it also prints where the
 * time went: CPU milliseconds per accepted command of each process named (from {@code /proc/PID/stat}) and of all
 * PostgreSQL processes together, and PostgreSQL transactions (every database, {@code pg_stat_database}) and
 * statements ({@code pg_stat_statements}, when the server loads it) per accepted command.
 *
 * <p>Usage: {@code CaseApiCapacity NAME BASE_URL TOKENS_FILE STEP_SECONDS JDBC_URL USER PASSWORD [PROCESS=PID...]}
 */
public final class CaseApiCapacity {

    private static final int[] RATES = {10, 20, 30, 50, 100, 150, 200, 300, 400, 500, 700, 1000, 1400, 2000};
    private static final double P99_GOAL_MS = 50;
    /** {@code /proc/PID/stat} counts CPU time in USER_HZ ticks, 100 a second on Linux whatever the kernel's HZ. */
    private static final double MILLIS_PER_TICK = 10;
    private static final String POSTGRES = "postgres:";
    /** At the lowest rate, unmeasured: the load generator's own first seconds (connections, JIT) are not the API's. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    record Step(int ratePerSecond, double eventsPerSecond, double p99Ms, long refused, boolean sustained,
                Map<String, Double> cpuMsPerCommand, double pgTransactionsPerCommand, Double pgStatementsPerCommand) {
    }

    private CaseApiCapacity() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        CaseApiLoad load = new CaseApiLoad(args[1], BenchCallers.read(args[2]));
        Duration step = Duration.ofSeconds(Integer.parseInt(args[3]));
        Map<String, Long> processes = new LinkedHashMap<>();
        for (int i = 7; i < args.length; i++) {
            String[] process = args[i].split("=", 2);
            processes.put(process[0], Long.parseLong(process[1]));
        }
        processes.put("bench", ProcessHandle.current().pid());
        List<Step> steps = new ArrayList<>();
        OpenModel.run(RATES[0], WARM_UP, load::command);
        try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
            for (int rate : RATES) {
                Map<String, Long> ticksBefore = ticks(processes);
                PostgresCounters before = PostgresCounters.read(db);
                OpenModel.Result result = OpenModel.run(rate, step, load::command);
                PostgresCounters after = PostgresCounters.read(db);
                Map<String, Long> ticksAfter = ticks(processes);
                long commands = Math.max(1, result.succeeded());
                Map<String, Double> cpu = new LinkedHashMap<>();
                spent(ticksBefore, ticksAfter).forEach((process, millis) -> cpu.put(process, millis / commands));
                boolean sustained = result.millisAt(99) <= P99_GOAL_MS && result.failed() * 100 < commands;
                steps.add(new Step(rate, result.succeeded() / (double) step.toSeconds(), result.millisAt(99),
                        result.failed(), sustained, cpu,
                        (after.transactions() - before.transactions()) / (double) commands,
                        after.statements() == null ? null
                                : (after.statements() - before.statements()) / (double) commands));
                if (!sustained) {
                    break;
                }
            }
        }
        int best = steps.stream().filter(Step::sustained).mapToInt(Step::ratePerSecond).max().orElse(0);
        System.out.printf(Locale.ROOT, "{\"name\":\"%s\",\"sustainedPerSecond\":%d,\"p99GoalMs\":%.0f,"
                + "\"stepSeconds\":%d,\"steps\":[%s]}%n", name, best, P99_GOAL_MS, step.toSeconds(),
                steps.stream().map(CaseApiCapacity::json).collect(Collectors.joining(",")));
    }

    private static String json(Step step) {
        return String.format(Locale.ROOT, "{\"ratePerSecond\":%d,\"eventsPerSecond\":%.1f,\"p99Ms\":%.1f,"
                        + "\"refused\":%d,\"sustained\":%b,\"cpuMsPerCommand\":{%s},\"pgTransactionsPerCommand\":%.2f,"
                        + "\"pgStatementsPerCommand\":%s}", step.ratePerSecond(), step.eventsPerSecond(), step.p99Ms(),
                step.refused(), step.sustained(), step.cpuMsPerCommand().entrySet().stream()
                        .map(cpu -> String.format(Locale.ROOT, "\"%s\":%.2f", cpu.getKey(), cpu.getValue()))
                        .collect(Collectors.joining(",")), step.pgTransactionsPerCommand(),
                step.pgStatementsPerCommand() == null ? "null"
                        : String.format(Locale.ROOT, "%.2f", step.pgStatementsPerCommand()));
    }

    /** CPU ticks so far of each named process, and of each PostgreSQL process now running, by its PID. */
    private static Map<String, Long> ticks(Map<String, Long> processes) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : processes.entrySet()) {
            ticks.put(process.getKey(), ticksOf(Path.of("/proc", process.getValue().toString())));
        }
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path proc : all.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                if (commandOf(proc).equals("postgres")) {
                    ticks.put(POSTGRES + proc.getFileName(), ticksOf(proc));
                }
            }
        }
        return ticks;
    }

    /**
     * Each named process's CPU milliseconds between two readings, and PostgreSQL's summed over its processes: a
     * process started meanwhile counts from zero, one that exited meanwhile loses what it spent.
     */
    private static Map<String, Double> spent(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        double postgres = 0;
        for (Map.Entry<String, Long> process : after.entrySet()) {
            double millis = (process.getValue() - before.getOrDefault(process.getKey(), 0L)) * MILLIS_PER_TICK;
            if (process.getKey().startsWith(POSTGRES)) {
                postgres += millis;
            } else {
                spent.put(process.getKey(), millis);
            }
        }
        spent.put("postgres", postgres);
        return spent;
    }

    private static String commandOf(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }

    /** utime + stime: the 14th and 15th fields, counted after the command name's closing parenthesis. */
    private static long ticksOf(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Committed and rolled-back transactions of every database, and statements run if pg_stat_statements is on. */
    private record PostgresCounters(long transactions, Long statements) {

        static PostgresCounters read(Connection db) throws SQLException {
            try (Statement sql = db.createStatement()) {
                long transactions;
                try (ResultSet result = sql.executeQuery(
                        "select sum(xact_commit + xact_rollback) from pg_stat_database")) {
                    result.next();
                    transactions = result.getLong(1);
                }
                try (ResultSet result = sql.executeQuery("select sum(calls) from pg_stat_statements")) {
                    result.next();
                    return new PostgresCounters(transactions, result.getLong(1));
                } catch (SQLException notLoaded) {
                    return new PostgresCounters(transactions, null);
                }
            }
        }
    }
}
