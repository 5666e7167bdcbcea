package uk.permanence.demo.region;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo region for a day: for each of the five councils, its SSDA903 return of every collection year up to three
 * months before the day (the history, imported as a council's history arrives), and the calls of the months since
 * (recent-months.jsonl, made through the API as a council's people make them).
 * <p>
 * {@code java ... RegionGenerator --out DIR [--today 2026-12-03] [--seed 903]}: the same seed and day give the same
 * files, byte for byte.
 */
public final class RegionGenerator {

    /** How long before the day the return ends: the months since come through the API. */
    static final int RECENT_MONTHS = 3;
    /** How many years before the end of the history the first children started to be looked after. */
    static final int YEARS_OF_HISTORY = 7;
    public static final String RECENT_MONTHS_FILE = "recent-months.jsonl";

    /** What was written: the return's files per council (in a folder named by its code) and the recent calls. */
    public record Region(LocalDate today, LocalDate historyEnds, Map<String, List<Path>> returns, Path recentMonths,
                         Map<String, Map<Route, Integer>> routes, Map<String, Integer> calls) {
    }

    private RegionGenerator() {
    }

    public static Region generate(Path out, LocalDate today, long seed) {
        LocalDate historyEnds = today.minusMonths(RECENT_MONTHS);
        Map<String, List<Path>> returns = new LinkedHashMap<>();
        Map<String, Map<Route, Integer>> routes = new LinkedHashMap<>();
        Map<String, Integer> callCounts = new LinkedHashMap<>();
        List<RecentMonths.Call> calls = new ArrayList<>();
        for (Council council : Council.REGION) {
            Draw draw = new Draw(seed * 1_000 + Integer.parseInt(council.code()));
            List<ChildHistory> children = new Simulation(draw, council, historyEnds, today)
                    .run(historyEnds.minusYears(YEARS_OF_HISTORY));
            returns.put(council.code(), ReturnFiles.write(out.resolve(council.code()), children, historyEnds));
            Map<Route, Integer> drawn = new EnumMap<>(Route.class);
            children.forEach(child -> child.routes.forEach(route -> drawn.merge(route, 1, Integer::sum)));
            routes.put(council.code(), drawn);
            List<RecentMonths.Call> councilCalls = RecentMonths.calls(council, children, historyEnds, today, draw);
            callCounts.put(council.code(), councilCalls.size());
            calls.addAll(councilCalls);
        }
        Path recent = out.resolve(RECENT_MONTHS_FILE);
        RecentMonths.write(recent, calls);
        return new Region(today, historyEnds, returns, recent, routes, callCounts);
    }

    public static void main(String[] args) {
        Path out = null;
        LocalDate today = LocalDate.now();
        long seed = 903;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--today" -> today = LocalDate.parse(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (out == null) {
            usage("--out is required");
        }
        Region region = generate(out, today, seed);
        System.out.printf("The demo region for %s: the return of every year to %s, and the months since as API calls%n",
                region.today(), region.historyEnds());
        for (Council council : Council.REGION) {
            System.out.printf("  %s %-17s %3d files, %4d children's periods of care, %4d recent calls%n",
                    council.code(), council.name(), region.returns().get(council.code()).size(),
                    region.routes().get(council.code()).values().stream().mapToInt(Integer::intValue).sum(),
                    region.calls().get(council.code()));
        }
    }

    private static void usage(String problem) {
        System.err.println("region: " + problem + "\nUsage: RegionGenerator --out DIR [--today YYYY-MM-DD] [--seed N]");
        System.exit(2);
    }
}
