package uk.permanence.demo.region;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.ssda903.journey.MilestoneKind.ADOPTION_PLAN_CHANGED;
import static uk.permanence.ssda903.journey.MilestoneKind.CHILD_MATCHED;
import static uk.permanence.ssda903.journey.MilestoneKind.EARLY_PERMANENCE_PLACEMENT_BEGAN;
import static uk.permanence.ssda903.journey.MilestoneKind.ENTERED_CARE;
import static uk.permanence.ssda903.journey.MilestoneKind.LEFT_CARE;
import static uk.permanence.ssda903.journey.MilestoneKind.PLACED_FOR_ADOPTION;
import static uk.permanence.ssda903.journey.MilestoneKind.PLACEMENT_ORDER_GRANTED;
import static uk.permanence.ssda903.journey.MilestoneKind.REVIEW_HELD;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.ssda903.journey.ChildJourney;
import uk.permanence.ssda903.journey.Derived;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.journey.Milestone;
import uk.permanence.ssda903.journey.MilestoneKind;
import uk.permanence.ssda903.tables.ReturnTables;

/**
 * The demo region as the platform will read it: every council's files go through ssda903's own reading and
 * derivation, and the counts and durations are measured on the journeys derived, not on the generator's numbers.
 */
class RegionGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d-\\d\\d)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path folder;
    private static RegionGenerator.Region region;
    private static final Map<String, Derived> DERIVED = new LinkedHashMap<>();

    @BeforeAll
    static void generateAndDerive() throws IOException {
        region = RegionGenerator.generate(folder.resolve("region"), TODAY, 903);
        for (Map.Entry<String, List<Path>> council : region.returns().entrySet()) {
            DERIVED.put(council.getKey(), derive(council.getValue()));
        }
    }

    private static Derived derive(List<Path> files) throws IOException {
        ReturnTables tables = new ReturnTables();
        for (Path file : files) {
            Matcher year = YEAR.matcher(file.getFileName().toString());
            assertThat(year.find()).as(file.toString()).isTrue();
            try (Reader reader = Files.newBufferedReader(file)) {
                assertThat(tables.read(file.getFileName().toString(), year.group(1), reader)).isPresent();
            }
        }
        return JourneyDerivation.derive(tables);
    }

    /** {@code up} generates for whatever day it is: other days and seeds read without a problem too. */
    @ParameterizedTest
    @CsvSource({"2026-03-31, 1", "2026-04-01, 2", "2027-01-01, 3", "2028-02-29, 4",
            "2025-07-15, 5"})
    void otherDaysAndSeedsReadWithoutAProblem(LocalDate today, long seed, @TempDir Path other) throws IOException {
        RegionGenerator.Region generated = RegionGenerator.generate(other, today, seed);

        for (Map.Entry<String, List<Path>> council : generated.returns().entrySet()) {
            Derived derived = derive(council.getValue());
            assertThat(derived.problems()).as(today + " " + council.getKey()).isEmpty();
            assertThat(derived.journeys()).as(today + " " + council.getKey()).hasSizeGreaterThan(200);
        }
    }

    @Test
    void theSameSeedAndDayWriteTheSameFilesAndAnotherSeedOthers(@TempDir Path other) throws IOException {
        RegionGenerator.Region again = RegionGenerator.generate(other.resolve("again"), TODAY, 903);
        RegionGenerator.Region reseeded = RegionGenerator.generate(other.resolve("reseeded"), TODAY, 904);

        assertThat(contents(again)).isEqualTo(contents(region));
        assertThat(contents(reseeded)).isNotEqualTo(contents(region));
    }

    private static Map<String, String> contents(RegionGenerator.Region generated) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>(generated.returns().values().stream().flatMap(List::stream).toList());
        files.add(generated.recentMonths());
        Path root = generated.recentMonths().getParent();
        for (Path file : files) {
            contents.put(root.relativize(file).toString(), Files.readString(file));
        }
        return contents;
    }

    @Test
    void everyCouncilsReturnReadsWithoutAProblemAndHoldsAFewHundredChildrenOverFourYearsAndMore() throws IOException {
        for (Map.Entry<String, Derived> council : DERIVED.entrySet()) {
            Derived derived = council.getValue();
            assertThat(derived.problems()).as(council.getKey()).isEmpty();
            Set<String> returned = new HashSet<>();
            for (Path file : region.returns().get(council.getKey())) {
                if (file.getFileName().toString().startsWith("header_")) {
                    Files.readAllLines(file).stream().skip(1).map(line -> line.split(",")[0]).forEach(returned::add);
                }
            }
            assertThat(derived.journeys()).as(council.getKey()).hasSize(returned.size());
            assertThat(returned.size()).as(council.getKey()).isBetween(200, 700);
            assertThat(region.returns().get(council.getKey()).stream().map(file -> yearOf(file)).distinct().count())
                    .as(council.getKey()).isGreaterThanOrEqualTo(5);
        }
    }

    private static String yearOf(Path file) {
        Matcher year = YEAR.matcher(file.getFileName().toString());
        year.find();
        return year.group(1);
    }

    /** How many children of each council the derived journeys show on each route, printed for docs/ssda903.md. */
    @Test
    void everyRouteIsTakenByChildrenOfEveryCouncil() {
        Map<String, Predicate<ChildJourney>> routes = new LinkedHashMap<>();
        routes.put("children in the return", journey -> true);
        routes.put("adopted", journey -> left(journey, "E11", "E12"));
        routes.put("early permanence (U2/U5)", journey -> has(journey, EARLY_PERMANENCE_PLACEMENT_BEGAN));
        routes.put("adopted by early-permanence carers (A5)", journey -> codes(journey, PLACED_FOR_ADOPTION)
                .contains("A5") && left(journey, "E11", "E12"));
        routes.put("placed with consent (A4)", journey -> codes(journey, PLACED_FOR_ADOPTION).contains("A4"));
        routes.put("disrupted (placed again, or the plan changed after placement)", journey ->
                count(journey, PLACED_FOR_ADOPTION) >= 2 || has(journey, PLACED_FOR_ADOPTION)
                        && has(journey, ADOPTION_PLAN_CHANGED) && first(journey, PLACED_FOR_ADOPTION)
                        .isBefore(first(journey, ADOPTION_PLAN_CHANGED)));
        routes.put("plan reversed by court (RD2)", journey -> codes(journey, ADOPTION_PLAN_CHANGED).contains("RD2"));
        routes.put("plan changed, needs (RD1)", journey -> codes(journey, ADOPTION_PLAN_CHANGED).contains("RD1"));
        routes.put("plan changed, no adopters (RD3)", journey -> codes(journey, ADOPTION_PLAN_CHANGED)
                .contains("RD3"));
        routes.put("plan changed, other (RD4)", journey -> codes(journey, ADOPTION_PLAN_CHANGED).contains("RD4"));
        routes.put("special guardianship (E45-E48)", journey -> left(journey, "E45", "E46", "E47", "E48"));
        routes.put("home (E4A/E4B)", journey -> left(journey, "E4A", "E4B"));
        routes.put("came back into care", journey -> count(journey, ENTERED_CARE) >= 2);
        routes.put("entered care in the first week of life", journey -> journey.milestones().stream()
                .anyMatch(m -> m.kind() == ENTERED_CARE && ChronoUnit.DAYS.between(journey.dateOfBirth(), m.on()) < 7));
        routes.put("waiting with a placement order", journey -> has(journey, PLACEMENT_ORDER_GRANTED)
                && !has(journey, PLACED_FOR_ADOPTION) && !has(journey, ADOPTION_PLAN_CHANGED)
                && !has(journey, LEFT_CARE));
        routes.put("still looked after", journey -> count(journey, ENTERED_CARE) > count(journey, LEFT_CARE));
        StringBuilder table = new StringBuilder("| route |");
        DERIVED.keySet().forEach(la -> table.append(' ').append(la).append(" |"));
        table.append('\n');
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Predicate<ChildJourney>> route : routes.entrySet()) {
            table.append("| ").append(route.getKey()).append(" |");
            for (Derived derived : DERIVED.values()) {
                long children = derived.journeys().stream().filter(route.getValue()).count();
                table.append(' ').append(children).append(" |");
                counts.computeIfAbsent(route.getKey(), key -> new ArrayList<>()).add(children);
            }
            table.append('\n');
        }
        System.out.println(table);
        counts.forEach((route, children) -> {
            assertThat(children.stream().mapToLong(Long::longValue).sum()).as(route).isGreaterThanOrEqualTo(10);
            assertThat(children.stream().filter(count -> count > 0).count()).as("councils with " + route)
                    .isGreaterThanOrEqualTo(4);
        });
    }

    /**
     * The national shape, measured on the journeys derived from the files: entry to placement for adoption (A1) and
     * placement order to match (A2) of the children adopted in the three years to the last 31 March.
     */
    @Test
    void theWaitsOfChildrenAdoptedInTheLastThreeYearsHaveTheNationalShape() {
        LocalDate to = LocalDate.of(2026, 3, 31);
        LocalDate from = to.minusYears(3).plusDays(1);
        List<Long> a1 = new ArrayList<>();
        List<Long> a2 = new ArrayList<>();
        for (Derived derived : DERIVED.values()) {
            for (ChildJourney journey : adoptedBetween(derived, from, to)) {
                a1.add(days(last(journey, ENTERED_CARE), first(journey, PLACED_FOR_ADOPTION)));
                Optional<LocalDate> order = Optional.ofNullable(first(journey, PLACEMENT_ORDER_GRANTED));
                order.ifPresent(granted -> a2.add(Math.max(0, days(granted, first(journey, CHILD_MATCHED)))));
            }
        }
        System.out.printf("adopted %s to %s: %d children; A1 median %d days, A2 median %d days over %d%n", from, to,
                a1.size(), median(a1), median(a2), a2.size());
        assertThat(a1).hasSizeGreaterThan(150);
        assertThat(median(a1)).as("A1 median, days (about 15 to 17 months)").isBetween(420L, 530L);
        assertThat(median(a2)).as("A2 median, days (about 6 to 7 months)").isBetween(150L, 215L);
        assertThat(a1.stream().filter(days -> days > 730).count()).as("a long tail: over two years")
                .isGreaterThan(a1.size() / 50);
    }

    @Test
    void theFastCouncilIsFasterThanTheDriftingOneAndTheDriftingOneGetsSlower() {
        LocalDate from = LocalDate.of(2024, 4, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        long fast = median(entryToPlacement(DERIVED.get("826"), from, to));
        long drifting = median(entryToPlacement(DERIVED.get("931"), from, to));
        long driftingBefore = median(entryToPlacement(DERIVED.get("931"), from.minusYears(3), to.minusYears(3)));
        System.out.printf("A1 medians of the adopted in 2024-26: 826 %d days, 931 %d; 931 in 2021-23: %d%n", fast,
                drifting, driftingBefore);
        assertThat(fast).isLessThan(drifting - 60);
        assertThat(driftingBefore).isLessThan(drifting - 60);
    }

    @Test
    void mostFirstReviewsAreHeldWithinTwentyWorkingDaysAndSomeAreLate() {
        int onTime = 0;
        int all = 0;
        for (Derived derived : DERIVED.values()) {
            for (ChildJourney journey : derived.journeys()) {
                LocalDate entered = first(journey, ENTERED_CARE);
                LocalDate review = first(journey, REVIEW_HELD);
                if (review != null && entered.isAfter(LocalDate.of(2020, 1, 1))) {
                    all++;
                    onTime += review.isAfter(workingDaysAfter(entered, 20)) ? 0 : 1;
                }
            }
        }
        assertThat((double) onTime / all).isBetween(0.7, 0.97);
    }

    /**
     * The recent months' calls, replayed in order on each case as the return leaves it, meet the rules the case
     * API applies (ChildCase): the case exists and is open, no date is in the future or before the child's entry,
     * a match follows an ADM decision, a placement for adoption a match, an adoption order ten weeks of placement,
     * a plan change a plan of adoption, and a first review opens a period's reviews.
     */
    @Test
    void theRecentMonthsCallsMeetTheCaseApisRulesOnTheCasesTheReturnLeaves() throws IOException {
        Map<String, CaseState> cases = new LinkedHashMap<>();
        DERIVED.forEach((la, derived) -> derived.journeys().forEach(journey ->
                cases.put(RecentMonths.caseId(la, journey.child()), CaseState.of(journey))));
        List<String> broken = new ArrayList<>();
        int calls = 0;
        for (String line : Files.readAllLines(region.recentMonths())) {
            calls++;
            JsonNode call = JSON.readTree(line);
            String path = call.path("path").asString();
            JsonNode body = call.path("body");
            LocalDate on = LocalDate.parse(call.path("on").asString());
            if (on.isAfter(TODAY)) {
                broken.add("in the future: " + line);
            }
            if (path.equals("/api/cases") || path.equals("/api/cases/unborn")) {
                String id = RecentMonths.caseId(call.path("la").asString(), body.path("caseReference").asString());
                CaseState state = cases.get(id);
                if (state != null && !state.closed) {
                    broken.add("a case already open: " + line);
                }
                cases.put(id, state == null ? new CaseState() : state);
                cases.get(id).enter(path.endsWith("unborn") ? null : on);
                continue;
            }
            String[] parts = path.split("/");
            CaseState state = cases.get(parts[3]);
            String problem = state == null ? "no such case" : state.apply(parts[4], on, body);
            if (problem != null) {
                broken.add(problem + ": " + line);
            }
        }
        assertThat(calls).isGreaterThan(1000);
        assertThat(broken).isEmpty();
    }

    /** What the case API's rules look at, as the return leaves a case and the calls after it change it. */
    private static final class CaseState {
        LocalDate entered;
        boolean closed;
        boolean decided;
        boolean adoptionIsThePlan;
        boolean matched;
        LocalDate placed;
        int reviews;

        static CaseState of(ChildJourney journey) {
            CaseState state = new CaseState();
            for (Milestone milestone : journey.milestones()) {
                switch (milestone.kind()) {
                    case ENTERED_CARE -> state.enter(milestone.on());
                    case LEFT_CARE -> state.closed = true;
                    case ADOPTION_DECISION_MADE -> {
                        state.decided = true;
                        state.adoptionIsThePlan = true;
                    }
                    case ADOPTION_PLAN_CHANGED -> state.adoptionIsThePlan = false;
                    case REVIEW_HELD -> state.reviews++;
                    case PLACED_FOR_ADOPTION -> state.placed = milestone.on();
                    default -> { }
                }
            }
            return state;
        }

        void enter(LocalDate on) {
            entered = on;
            closed = false;
            decided = false;
            adoptionIsThePlan = false;
            matched = false;
            placed = null;
            reviews = 0;
        }

        String apply(String milestone, LocalDate on, JsonNode body) {
            if (closed) {
                return "the case is closed";
            }
            if (entered != null && on.isBefore(entered)) {
                return "before the child entered care";
            }
            switch (milestone) {
                case "adoption-decision" -> {
                    decided = true;
                    adoptionIsThePlan = true;
                }
                case "adoption-plan-change" -> {
                    if (!adoptionIsThePlan) {
                        return "a plan change when adoption is not the plan";
                    }
                    adoptionIsThePlan = false;
                }
                case "match" -> {
                    if (!decided) {
                        return "a match without an ADM decision";
                    }
                    matched = true;
                }
                case "placement-for-adoption" -> {
                    if (!matched) {
                        return "a placement for adoption without a match";
                    }
                    placed = on;
                }
                case "disruption" -> {
                    if (placed == null) {
                        return "a disruption of no placement";
                    }
                    placed = null;
                    matched = false;
                }
                case "adoption-order" -> {
                    if (placed == null || on.isBefore(placed.plusWeeks(10))) {
                        return "an adoption order without ten weeks of placement";
                    }
                    closed = true;
                }
                case "special-guardianship-order", "return-home", "leaving-care" -> closed = true;
                case "reviews" -> {
                    boolean first = "FIRST".equals(body.path("kind").asString());
                    if (first != (reviews == 0)) {
                        return first ? "a second first review" : "a review before the first";
                    }
                    reviews++;
                    adoptionIsThePlan = "ADOPTION".equals(body.path("permanencePlan").asString());
                }
                default -> { }
            }
            return null;
        }
    }

    private static List<ChildJourney> adoptedBetween(Derived derived, LocalDate from, LocalDate to) {
        return derived.journeys().stream().filter(journey -> journey.milestones().stream().anyMatch(m ->
                m.kind() == LEFT_CARE && Set.of("E11", "E12").contains(m.code()) && !m.on().isBefore(from)
                        && !m.on().isAfter(to))).toList();
    }

    private static List<Long> entryToPlacement(Derived derived, LocalDate from, LocalDate to) {
        return adoptedBetween(derived, from, to).stream().map(journey -> days(last(journey, ENTERED_CARE),
                first(journey, PLACED_FOR_ADOPTION))).toList();
    }

    private static LocalDate workingDaysAfter(LocalDate start, int days) {
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static boolean has(ChildJourney journey, MilestoneKind kind) {
        return count(journey, kind) > 0;
    }

    private static long count(ChildJourney journey, MilestoneKind kind) {
        return journey.milestones().stream().filter(m -> m.kind() == kind).count();
    }

    private static List<String> codes(ChildJourney journey, MilestoneKind kind) {
        return journey.milestones().stream().filter(m -> m.kind() == kind).map(Milestone::code).toList();
    }

    private static boolean left(ChildJourney journey, String... codes) {
        return journey.milestones().stream().anyMatch(m -> m.kind() == LEFT_CARE && Stream.of(codes)
                .anyMatch(code -> code.equals(m.code())));
    }

    private static LocalDate first(ChildJourney journey, MilestoneKind kind) {
        return journey.milestones().stream().filter(m -> m.kind() == kind).map(Milestone::on).findFirst()
                .orElse(null);
    }

    private static LocalDate last(ChildJourney journey, MilestoneKind kind) {
        return journey.milestones().stream().filter(m -> m.kind() == kind).map(Milestone::on)
                .reduce((one, other) -> other).orElse(null);
    }
}
