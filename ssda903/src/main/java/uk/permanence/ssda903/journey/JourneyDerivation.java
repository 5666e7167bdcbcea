package uk.permanence.ssda903.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.permanence.ssda903.Problem;
import uk.permanence.ssda903.tables.ReturnTables;
import uk.permanence.ssda903.tables.Rows;
import uk.permanence.ssda903.tables.Source;

/**
 * Each child's journey from the rows of one or more years' returns, merged by child id, and the DfE's validation
 * rules that bear on the journey checked on the merged rows. The same episode returned in two years (open across
 * 31 March) is one episode; a period of care ends with any reason other than X1 (the child stays looked after), and
 * the next episode begins a new one.
 */
public final class JourneyDerivation {

    private static final Set<String> ADOPTIVE_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");
    /**
     * A5 and A6 are placements for adoption under a placement order; A3 and A4 with the parents' consent (A3 and A5
     * with the current foster carers), as the DfE's rules 217, 335 and 408 read them.
     */
    private static final Set<String> PLACED_UNDER_AN_ORDER = Set.of("A5", "A6");
    private static final Set<String> EARLY_PERMANENCE_PLACEMENTS = Set.of("U2", "U5");
    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> PLAN_CHANGE_REASONS = Set.of("RD1", "RD2", "RD3", "RD4");
    private static final String STILL_LOOKED_AFTER = "X1";
    private static final String PLACEMENT_ORDER = "E1";
    private static final String FREEING_ORDER = "D1";

    private JourneyDerivation() {
    }

    public static Derived derive(ReturnTables tables) {
        Map<String, List<Rows.Child>> headers = byChild(tables.children(), Rows.Child::child);
        Map<String, List<Rows.Episode>> episodes = byChild(tables.episodes(), Rows.Episode::child);
        Map<String, List<Rows.Review>> reviews = byChild(tables.reviews(), Rows.Review::child);
        Map<String, List<Rows.Adoption>> adoptions = byChild(tables.adoptions(), Rows.Adoption::child);
        Map<String, List<Rows.AdoptionDecision>> decisions = byChild(tables.decisions(), Rows.AdoptionDecision::child);
        TreeSet<String> ids = Stream.of(headers, episodes, reviews, adoptions, decisions)
                .flatMap(map -> map.keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
        List<Problem> problems = new ArrayList<>(tables.problems());
        Set<String> unreadable = tables.problems().stream().map(Problem::child).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<ChildJourney> journeys = new ArrayList<>();
        for (String id : ids) {
            Child child = new Child(id, headers.getOrDefault(id, List.of()), episodes.getOrDefault(id, List.of()),
                    reviews.getOrDefault(id, List.of()), adoptions.getOrDefault(id, List.of()),
                    decisions.getOrDefault(id, List.of()));
            ChildJourney journey = child.journey();
            problems.addAll(child.problems);
            if (child.problems.isEmpty() && !unreadable.contains(id)) {
                journeys.add(journey);
            }
        }
        return new Derived(journeys, problems);
    }

    /** Whether a code, which may be absent, is one of the set (whose {@code contains} refuses null). */
    private static boolean among(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }

    private static <T> Map<String, List<T>> byChild(List<T> rows, Function<T, String> child) {
        return rows.stream().collect(Collectors.groupingBy(child, LinkedHashMap::new, Collectors.toList()));
    }

    /** One child's rows of every year, and what is wrong with them. */
    private static final class Child {

        private final String id;
        private final List<Rows.Child> headers;
        private final List<Rows.Episode> episodeRows;
        private final List<Rows.Review> reviews;
        private final List<Rows.Adoption> adoptions;
        private final List<Rows.AdoptionDecision> decisionRows;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();

        Child(String id, List<Rows.Child> headers, List<Rows.Episode> episodes, List<Rows.Review> reviews,
              List<Rows.Adoption> adoptions, List<Rows.AdoptionDecision> decisions) {
            this.id = id;
            this.headers = headers;
            this.episodeRows = episodes;
            this.reviews = reviews;
            this.adoptions = adoptions;
            this.decisionRows = decisions;
        }

        ChildJourney journey() {
            Rows.Child header = header();
            List<List<Rows.Episode>> periods = periodsOfCare();
            periods.forEach(this::period);
            reviews.stream().map(Rows.Review::heldOn).filter(Objects::nonNull).distinct().forEach(on ->
                    milestones.add(new Milestone(MilestoneKind.REVIEW_HELD, on, null, reviews.stream()
                            .filter(review -> on.equals(review.heldOn())).findFirst().orElseThrow().source())));
            List<Rows.AdoptionDecision> decisions = decisions();
            adoptions(decisions, periods);
            acrossTables(decisions, periods);
            milestones.sort(Comparator.comparing(Milestone::on).thenComparing(Milestone::kind));
            return new ChildJourney(id, header == null ? null : header.dateOfBirth(),
                    header == null ? null : header.sex(), header == null ? null : header.ethnicity(),
                    List.copyOf(milestones));
        }

        /** The latest year's Header row; a date of birth that changes between years is rule 203. */
        private Rows.Child header() {
            if (headers.isEmpty() && episodeRows.isEmpty()) {
                Source source = Stream.of(reviews.stream().map(Rows.Review::source),
                                adoptions.stream().map(Rows.Adoption::source),
                                decisionRows.stream().map(Rows.AdoptionDecision::source))
                        .flatMap(s -> s).findFirst().orElseThrow();
                problem(source, "CHILD", null, "Child " + id + " is in no Header or Episodes table, so this row "
                        + "belongs to no known child.");
                return null;
            }
            List<Rows.Child> byYear = headers.stream()
                    .sorted(Comparator.comparing(header -> header.source().collectionYear())).toList();
            for (int i = 1; i < byYear.size(); i++) {
                if (!Objects.equals(byYear.get(i).dateOfBirth(), byYear.get(i - 1).dateOfBirth())) {
                    problem(byYear.get(i).source(), "DOB", "203", "Date of birth disagrees with the date of birth "
                            + "returned for this child in " + byYear.get(i - 1).source().collectionYear() + ".");
                }
            }
            return byYear.isEmpty() ? null : byYear.get(byYear.size() - 1);
        }

        /**
         * The episodes merged across years (an episode returned twice, open across 31 March, is one: the row that
         * says how it ended, or the later year's) and split into periods of care.
         */
        private List<List<Rows.Episode>> periodsOfCare() {
            Map<LocalDate, Rows.Episode> byStart = new LinkedHashMap<>();
            episodeRows.stream()
                    .filter(episode -> {
                        if (episode.started() == null) {
                            problem(episode.source(), "DECOM", "141", "The episode has no start date (DECOM).");
                        }
                        return episode.started() != null;
                    })
                    .sorted(Comparator.comparing((Rows.Episode episode) -> episode.ended() != null)
                            .thenComparing(episode -> episode.source().collectionYear()))
                    .forEach(episode -> byStart.put(episode.started(), episode));
            List<Rows.Episode> merged = byStart.values().stream().sorted(Comparator.comparing(Rows.Episode::started))
                    .toList();
            List<List<Rows.Episode>> periods = new ArrayList<>();
            Rows.Episode previous = null;
            for (Rows.Episode episode : merged) {
                if (previous != null && previous.open()) {
                    problem(previous.source(), "DEC", null, "The episode that began on " + previous.started()
                            + " has no end date (DEC), but another began on " + episode.started() + ".");
                }
                if (previous == null || endsThePeriod(previous)) {
                    periods.add(new ArrayList<>());
                }
                periods.get(periods.size() - 1).add(episode);
                previous = episode;
            }
            return periods;
        }

        private static boolean endsThePeriod(Rows.Episode episode) {
            return episode.ended() != null && episode.reasonEnded() != null
                    && !STILL_LOOKED_AFTER.equals(episode.reasonEnded());
        }

        private void period(List<Rows.Episode> period) {
            Rows.Episode first = period.get(0);
            milestones.add(new Milestone(MilestoneKind.ENTERED_CARE, first.started(), first.legalStatus(),
                    first.source()));
            boolean order = false;
            String previousPlacement = null;
            for (Rows.Episode episode : period) {
                boolean grantsAnOrder = PLACEMENT_ORDER.equals(episode.legalStatus())
                        || FREEING_ORDER.equals(episode.legalStatus());
                if (grantsAnOrder && !order) {
                    milestones.add(new Milestone(MilestoneKind.PLACEMENT_ORDER_GRANTED, episode.started(),
                            episode.legalStatus(), episode.source()));
                }
                order |= grantsAnOrder;
                String placement = episode.placement();
                if (among(EARLY_PERMANENCE_PLACEMENTS, placement)
                        && !among(EARLY_PERMANENCE_PLACEMENTS, previousPlacement)) {
                    milestones.add(new Milestone(MilestoneKind.EARLY_PERMANENCE_PLACEMENT_BEGAN, episode.started(),
                            placement, episode.source()));
                }
                if (among(ADOPTIVE_PLACEMENTS, previousPlacement) && placement != null
                        && !among(ADOPTIVE_PLACEMENTS, placement)) {
                    milestones.add(new Milestone(MilestoneKind.PLACEMENT_DISRUPTED, episode.started(), placement,
                            episode.source()));
                }
                if (among(ADOPTIVE_PLACEMENTS, placement) && !among(ADOPTIVE_PLACEMENTS, previousPlacement)) {
                    milestones.add(new Milestone(MilestoneKind.PLACED_FOR_ADOPTION, episode.started(), placement,
                            episode.source()));
                    if (among(PLACED_UNDER_AN_ORDER, placement) && !order) {
                        problem(episode.source(), "LS", "408", "Child is placed for adoption with a placement order "
                                + "(" + placement + "), but no placement order has been recorded.");
                    }
                }
                previousPlacement = placement;
            }
            Rows.Episode last = period.get(period.size() - 1);
            if (endsThePeriod(last)) {
                milestones.add(new Milestone(MilestoneKind.LEFT_CARE, last.ended(), last.reasonEnded(),
                        last.source()));
            }
        }

        /** The PlacedAdoption rows merged across years by the decision's date, with rules 119, 120 and 563. */
        private List<Rows.AdoptionDecision> decisions() {
            Map<LocalDate, Rows.AdoptionDecision> byDate = new LinkedHashMap<>();
            decisionRows.stream()
                    .sorted(Comparator.comparing((Rows.AdoptionDecision row) -> row.ceasedOn() != null)
                            .thenComparing(row -> row.source().collectionYear()))
                    .forEach(row -> {
                        if (row.decidedOn() == null) {
                            if (row.ceasedOn() != null) {
                                problem(row.source(), "DATE_PLACED", "563", "The child should no longer be placed "
                                        + "for adoption, but the date of the decision that they should be is blank.");
                            }
                            return;
                        }
                        byDate.put(row.decidedOn(), row);
                    });
            for (Rows.AdoptionDecision decision : byDate.values()) {
                milestones.add(new Milestone(MilestoneKind.ADOPTION_DECISION_MADE, decision.decidedOn(), null,
                        decision.source()));
                if ((decision.ceasedOn() == null) != (decision.reasonCeased() == null)) {
                    problem(decision.source(), decision.ceasedOn() == null ? "DATE_PLACED_CEASED"
                            : "REASON_PLACED_CEASED", "119", "When the decision that the child should be placed for "
                            + "adoption is reversed, both the date of reversal and its reason must be given.");
                } else if (decision.reasonCeased() != null && !among(PLAN_CHANGE_REASONS, decision.reasonCeased())) {
                    problem(decision.source(), "REASON_PLACED_CEASED", "120", "\"" + decision.reasonCeased()
                            + "\" is not a reason for reversing the decision (RD1, RD2, RD3 or RD4).");
                } else if (decision.ceasedOn() != null) {
                    milestones.add(new Milestone(MilestoneKind.ADOPTION_PLAN_CHANGED, decision.ceasedOn(),
                            decision.reasonCeased(), decision.source()));
                }
            }
            return List.copyOf(byDate.values());
        }

        /** AD1: the match, and the decision where no PlacedAdoption row gives it, with rules 333, 334 and 523. */
        private void adoptions(List<Rows.AdoptionDecision> decisions, List<List<Rows.Episode>> periods) {
            LocalDate latestEntry = periods.isEmpty() ? null : periods.get(periods.size() - 1).get(0).started();
            adoptions.stream().collect(Collectors.toMap(row -> Objects.toString(row.decidedOn()) + row.matchedOn(),
                    row -> row, (earlier, later) -> later, LinkedHashMap::new)).values().forEach(adoption -> {
                LocalDate decided = adoption.decidedOn();
                if (decided != null && decisions.isEmpty()) {
                    milestones.add(new Milestone(MilestoneKind.ADOPTION_DECISION_MADE, decided, null,
                            adoption.source()));
                }
                if (decided != null && !decisions.isEmpty()
                        && decisions.stream().noneMatch(decision -> decided.equals(decision.decidedOn()))) {
                    problem(adoption.source(), "DATE_INT", "523", "The date of the decision that the child should be "
                            + "placed for adoption (" + decided + ") differs from the one in the PlacedAdoption table.");
                }
                if (decided != null && adoption.matchedOn() != null && decided.isAfter(adoption.matchedOn())) {
                    problem(adoption.source(), "DATE_INT", "333", "The decision that the child should be placed for "
                            + "adoption (" + decided + ") comes after the match (" + adoption.matchedOn() + ").");
                }
                if (decided != null && latestEntry != null && decided.isBefore(latestEntry)) {
                    problem(adoption.source(), "DATE_INT", "334", "The decision that the child should be placed for "
                            + "adoption (" + decided + ") comes before the latest period of care began ("
                            + latestEntry + ").");
                }
                if (adoption.matchedOn() != null) {
                    milestones.add(new Milestone(MilestoneKind.CHILD_MATCHED, adoption.matchedOn(), null,
                            adoption.source()));
                }
            });
        }

        /** Rules 1003, 331, 521, 551, 553, 555, 557 and 558, across the Episodes and the adoption tables. */
        private void acrossTables(List<Rows.AdoptionDecision> decisions, List<List<Rows.Episode>> periods) {
            List<Milestone> decided = kind(MilestoneKind.ADOPTION_DECISION_MADE);
            if (!periods.isEmpty()) {
                LocalDate firstEntry = periods.get(0).get(0).started();
                decided.stream().filter(decision -> decision.on().isBefore(firstEntry)).forEach(decision ->
                        problem(decision.source(), "DATE_PLACED", "1003", "The decision that the child should be "
                                + "placed for adoption (" + decision.on() + ") comes before the child started to be "
                                + "looked after (" + firstEntry + ")."));
            }
            List<Milestone> placed = kind(MilestoneKind.PLACED_FOR_ADOPTION);
            if (!placed.isEmpty() && decided.isEmpty()) {
                problem(placed.get(0).source(), "DATE_PLACED", "551", "The child has been placed for adoption, but "
                        + "there is no date of the decision that they should be placed for adoption.");
            }
            kind(MilestoneKind.PLACEMENT_ORDER_GRANTED).stream().findFirst().filter(order -> decided.isEmpty())
                    .ifPresent(order -> problem(order.source(), "DATE_PLACED",
                            FREEING_ORDER.equals(order.code()) ? "555" : "553", (FREEING_ORDER.equals(order.code())
                                    ? "A freeing order" : "A placement order") + " has been granted, but there is no "
                                    + "date of the decision that the child should be placed for adoption."));
            if (!placed.isEmpty()) {
                LocalDate lastPlaced = placed.get(placed.size() - 1).on();
                for (Rows.Adoption adoption : adoptions) {
                    if (adoption.matchedOn() != null && adoption.matchedOn().isAfter(lastPlaced)) {
                        problem(adoption.source(), "DATE_MATCH", "331", "The match (" + adoption.matchedOn()
                                + ") comes after the placement for adoption (" + lastPlaced + ").");
                    }
                    if (adoption.decidedOn() != null && adoption.decidedOn().isAfter(lastPlaced)) {
                        problem(adoption.source(), "DATE_INT", "521", "The decision that the child should be placed "
                                + "for adoption (" + adoption.decidedOn() + ") comes after the placement for adoption ("
                                + lastPlaced + ").");
                    }
                }
            }
            if (periods.isEmpty()) {
                return;
            }
            List<Rows.Episode> lastPeriod = periods.get(periods.size() - 1);
            Rows.Episode last = lastPeriod.get(lastPeriod.size() - 1);
            boolean adopted = last.ended() != null && among(ADOPTED, last.reasonEnded());
            decisions.stream().filter(decision -> decision.ceasedOn() != null && adopted).forEach(decision ->
                    problem(decision.source(), "DATE_PLACED_CEASED", "558", "The child was adopted, so the decision "
                            + "that they should be placed for adoption was not reversed: DATE_PLACED_CEASED must be "
                            + "blank."));
            if (endsThePeriod(last) && !adopted) {
                decisions.stream().filter(decision -> decision.ceasedOn() == null).forEach(decision ->
                        problem(decision.source(), "DATE_PLACED_CEASED", "557", "The child left care on "
                                + last.ended() + " (" + last.reasonEnded() + ") without being adopted, but the "
                                + "decision that they should be placed for adoption was not reversed."));
            }
        }

        private List<Milestone> kind(MilestoneKind kind) {
            return milestones.stream().filter(milestone -> milestone.kind() == kind)
                    .sorted(Comparator.comparing(Milestone::on)).toList();
        }

        private void problem(Source source, String field, String rule, String message) {
            problems.add(new Problem(id, source, field, rule, message));
        }
    }
}
