package uk.permanence.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.demo.region.RegionGenerator;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.journey.RecordedCaseEvent;
import uk.permanence.journey.projection.Backtest;
import uk.permanence.journey.projection.RemainingMilestone;
import uk.permanence.ssda903.journey.ChildJourney;
import uk.permanence.ssda903.journey.JourneyDerivation;
import uk.permanence.ssda903.journey.Milestone;
import uk.permanence.ssda903.tables.ReturnTables;

/**
 * The projection's backtest on the demo region (five councils of Adopt Thames Valley, one RAA's sample): the region
 * generated for a day, its SSDA903 history read back as the import reads it, each child's milestones as case events,
 * and the quarters from three years into the history (a full sample) to a year before its end (outcomes known)
 * projected as the service would have. Prints one JSON line. Arguments: the day, the seed (default today, 903).
 */
public final class ProjectionBacktest {

    /** As {@code tracking.projection} in tracking-service's application.yml, and the A1 threshold since 2013-16. */
    private static final int YEARS = 3;
    private static final int MINIMUM_SAMPLE = 5;
    private static final Map<RemainingMilestone, Integer> NATIONAL_TIMESCALE_DAYS = Map.of(
            RemainingMilestone.PLACEMENT_ORDER, 182, RemainingMilestone.MATCH, 121, RemainingMilestone.PLACEMENT, 42,
            RemainingMilestone.ADOPTION_ORDER, 70);
    private static final int A1_THRESHOLD_DAYS = 426;
    private static final Pattern YEAR = Pattern.compile("(\\d{4}-\\d{2})");
    private static final Instant RECORDED = Instant.EPOCH;

    private ProjectionBacktest() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate today = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now();
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 903;
        Path folder = Files.createTempDirectory("permanence-backtest");
        try {
            RegionGenerator.Region region = RegionGenerator.generate(folder, today, seed);
            List<List<RecordedCaseEvent>> histories = new ArrayList<>();
            LocalDate first = region.historyEnds();
            for (Map.Entry<String, List<Path>> council : region.returns().entrySet()) {
                for (ChildJourney child : derive(council.getValue()).journeys()) {
                    List<RecordedCaseEvent> history = events(council.getKey(), child);
                    histories.add(history);
                    if (!history.isEmpty() && history.get(0).event().occurredOn().isBefore(first)) {
                        first = history.get(0).event().occurredOn();
                    }
                }
            }
            Backtest.Result result = new Backtest(YEARS, MINIMUM_SAMPLE, NATIONAL_TIMESCALE_DAYS, A1_THRESHOLD_DAYS)
                    .run(histories, first.plusYears(YEARS), region.historyEnds().minusYears(1), region.historyEnds());
            System.out.println(JsonMapper.builder().build().writeValueAsString(
                    new Figures(today, seed, histories.size(), result)));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static uk.permanence.ssda903.journey.Derived derive(List<Path> files) throws IOException {
        ReturnTables tables = new ReturnTables();
        for (Path file : files) {
            Matcher year = YEAR.matcher(file.getFileName().toString());
            if (!year.find()) {
                throw new IllegalStateException("no collection year in " + file);
            }
            try (Reader reader = Files.newBufferedReader(file)) {
                tables.read(file.getFileName().toString(), year.group(1), reader);
            }
        }
        return JourneyDerivation.derive(tables);
    }

    /** The child's milestones as the case events the import would append (reviews left out: they move no stage). */
    static List<RecordedCaseEvent> events(String la, ChildJourney child) {
        List<RecordedCaseEvent> history = new ArrayList<>();
        String id = la + "-" + child.child();
        for (Milestone milestone : child.milestones()) {
            event(id, la, child, milestone).ifPresent(event -> history.add(
                    new RecordedCaseEvent(id + "-" + history.size(), history.size(), event)));
        }
        return history;
    }

    private static Optional<CaseEvent> event(String id, String la, ChildJourney child, Milestone milestone) {
        LocalDate on = milestone.on();
        String code = milestone.code();
        return Optional.ofNullable(switch (milestone.kind()) {
            case ENTERED_CARE -> new ChildEnteredCare(id, la, id, child.dateOfBirth(), on, legalStatus(code),
                    RECORDED, "backtest", null);
            case ADOPTION_DECISION_MADE -> new AdoptionDecisionMade(id, la, on, RECORDED, "backtest", null);
            case PLACEMENT_ORDER_GRANTED -> new PlacementOrderGranted(id, la, on, RECORDED, "backtest", null);
            case EARLY_PERMANENCE_PLACEMENT_BEGAN -> new EarlyPermanencePlacementStarted(id, la, on,
                    "U5".equals(code) ? EarlyPermanenceType.CONCURRENT_PLANNING
                            : EarlyPermanenceType.FOSTERING_FOR_ADOPTION, RECORDED, "backtest", null);
            case CHILD_MATCHED -> new ChildMatched(id, la, on, on, null, RECORDED, "backtest", null);
            case PLACED_FOR_ADOPTION -> new ChildPlacedForAdoption(id, la, on, milestone.withCurrentFosterCarers(),
                    null, RECORDED, "backtest", null);
            case PLACEMENT_DISRUPTED -> new AdoptivePlacementDisrupted(id, la, on, null, RECORDED, "backtest", null);
            case ADOPTION_PLAN_CHANGED -> new AdoptionPlanChanged(id, la, on, planChangeReason(code),
                    DecidedBy.COUNCIL, null, RECORDED, "backtest", null);
            case LEFT_CARE -> "E11".equals(code) || "E12".equals(code)
                    ? new AdoptionOrderGranted(id, la, on, RECORDED, "backtest", null)
                    : new ChildLeftCare(id, la, on, code, RECORDED, "backtest", null);
            case REVIEW_HELD -> null;
        });
    }

    private static LegalStatus legalStatus(String code) {
        for (LegalStatus status : LegalStatus.values()) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return LegalStatus.C2;
    }

    private static PlanChangeReason planChangeReason(String code) {
        for (PlanChangeReason reason : PlanChangeReason.values()) {
            if (reason.name().equals(code)) {
                return reason;
            }
        }
        return PlanChangeReason.RD4;
    }

    /** What is printed: the run's figures, with the day and seed that reproduce it. */
    record Figures(LocalDate day, long seed, int children, Backtest.Result result) {
    }
}
