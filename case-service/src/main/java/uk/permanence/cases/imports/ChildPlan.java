package uk.permanence.cases.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.permanence.cases.casefile.CaseCommand;
import uk.permanence.cases.casefile.ChangeAdoptionPlan;
import uk.permanence.cases.casefile.RecordAdoptionDecision;
import uk.permanence.cases.casefile.RecordAdoptionOrder;
import uk.permanence.cases.casefile.RecordChildArrangementsOrder;
import uk.permanence.cases.casefile.RecordDisruption;
import uk.permanence.cases.casefile.RecordEarlyPermanencePlacement;
import uk.permanence.cases.casefile.RecordEntryToCare;
import uk.permanence.cases.casefile.RecordLeavingCare;
import uk.permanence.cases.casefile.RecordMatch;
import uk.permanence.cases.casefile.RecordPlacementForAdoption;
import uk.permanence.cases.casefile.RecordPlacementOrder;
import uk.permanence.cases.casefile.RecordReturnHome;
import uk.permanence.cases.casefile.RecordReview;
import uk.permanence.cases.casefile.RecordSpecialGuardianshipOrder;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.events.StatutoryReviewHeld;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;
import uk.permanence.ssda903.journey.ChildJourney;
import uk.permanence.ssda903.journey.Milestone;
import uk.permanence.ssda903.journey.MilestoneKind;
import uk.permanence.ssda903.tables.Rows;
import uk.permanence.ssda903.tables.Source;

/**
 * One child's journey from the return set against what the case already holds: the commands to send for the
 * milestones it does not hold, how many it holds already (same kind, same date, same detail), and the conflicts
 * (held on another date or with another detail for the same occurrence: reported, never overwritten). A milestone
 * that cannot be put as a command (a legal status the platform does not record) refuses the child.
 */
final class ChildPlan {

    /** 903 legal statuses on entering care, as the platform records them; s20 short breaks (V3, V4) are s20. */
    private static final Map<String, LegalStatus> LEGAL_STATUSES = Map.of("V2", LegalStatus.V2, "V3", LegalStatus.V2,
            "V4", LegalStatus.V2, "C1", LegalStatus.C1, "C2", LegalStatus.C2, "L1", LegalStatus.L1,
            "L2", LegalStatus.L2);
    private static final Set<String> ADOPTED = Set.of("E11", "E12");
    private static final Set<String> SPECIAL_GUARDIANSHIP = Set.of("E45", "E46", "E47", "E48");
    private static final Set<String> CHILD_ARRANGEMENTS = Set.of("E41");
    private static final Set<String> HOME = Set.of("E4A", "E4B", "E13");
    static final String PLACED_WITHOUT_A_MATCH = "Imported from the SSDA903 return, which gives no match date "
            + "(AD1 DATE_MATCH) for a child placed for adoption but not yet adopted";

    /** A command to send and the row it came from. */
    record Step(Milestone milestone, CaseCommand command) {
    }

    /** A milestone as comparable on both sides: its kind, legal date and the detail that must agree. */
    private record Key(MilestoneKind kind, LocalDate on, String detail) {

        @Override
        public String toString() {
            return kind + " on " + on + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    final List<Step> steps = new ArrayList<>();
    final List<ImportReport.ConflictRow> conflicts = new ArrayList<>();
    int alreadyHeld;
    /** Why the child cannot be imported at all, with the row; null when it can. */
    ImportReport.ProblemRow refusal;

    private final ChildJourney journey;
    private final String laCode;
    private final String caseId;
    private final String recordedBy;
    private final Instant recordedAt;
    private final List<Rows.Episode> episodes;
    private final List<Key> held;
    private final List<Key> timeline = new ArrayList<>();

    ChildPlan(ChildJourney journey, List<RecordedCaseEvent> history, List<Rows.Episode> episodes, String laCode,
              String caseId, String recordedBy, Instant recordedAt, Map<String, String> tables) {
        this.journey = journey;
        this.laCode = laCode;
        this.caseId = caseId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.episodes = episodes.stream().filter(episode -> episode.started() != null)
                .sorted(Comparator.comparing(Rows.Episode::started)).toList();
        this.held = CaseJourney.effective(history).stream().map(RecordedCaseEvent::event).map(ChildPlan::keyOf)
                .flatMap(Optional::stream).toList();
        timeline.addAll(held);
        journey.milestones().forEach(milestone -> timeline.add(keyOf(milestone)));
        timeline.sort(Comparator.comparing(Key::on));
        for (Milestone milestone : journey.milestones()) {
            if (refusal != null) {
                return;
            }
            plan(milestone, tables);
        }
    }

    private void plan(Milestone milestone, Map<String, String> tables) {
        Key imported = keyOf(milestone);
        List<Key> sameDay = held.stream().filter(key -> key.kind() == imported.kind()
                && key.on().equals(imported.on())).toList();
        if (sameDay.contains(imported)) {
            alreadyHeld++;
            return;
        }
        if (!sameDay.isEmpty()) {
            conflict(sameDay.get(0), imported, "The case holds this milestone on the same date with another "
                    + "detail.");
            return;
        }
        if (imported.kind() == MilestoneKind.ENTERED_CARE && heldPeriodCovers(imported.on())) {
            // the files begin inside a period of care the case holds already (next year's return, say)
            alreadyHeld++;
            return;
        }
        if (imported.kind() != MilestoneKind.REVIEW_HELD && imported.kind() != MilestoneKind.ENTERED_CARE) {
            Optional<Key> other = heldInPeriod(imported);
            if (other.isPresent()) {
                conflict(other.get(), imported, "The case holds this milestone of the same period of care on "
                        + "another date; the import does not overwrite it.");
                return;
            }
        }
        if (imported.kind() == MilestoneKind.ENTERED_CARE && !LEGAL_STATUSES.containsKey(milestone.code())) {
            refusal = problem(milestone, tables, "LS", "Legal status \"" + milestone.code() + "\" on entering care "
                    + "is not one the platform records (V2, V3, V4, C1, C2, L1, L2).");
            return;
        }
        if (imported.kind() == MilestoneKind.ENTERED_CARE && journey.dateOfBirth() == null) {
            refusal = problem(milestone, tables, "DOB", "The child has no date of birth (Header DOB), which "
                    + "entering care needs.");
            return;
        }
        steps.add(new Step(milestone, command(milestone)));
    }

    private ImportReport.ProblemRow problem(Milestone milestone, Map<String, String> tables, String field,
                                            String message) {
        return problemRow(journey.child(), milestone.source(), tables, null, field, message);
    }

    static ImportReport.ProblemRow problemRow(String child, Source source, Map<String, String> tables, String rule,
                                              String field, String message) {
        return new ImportReport.ProblemRow(child, source == null ? null : source.file(),
                source == null ? null : tables.get(source.file()), source == null ? null : source.line(), rule,
                field, message);
    }

    private void conflict(Key heldKey, Key imported, String message) {
        conflicts.add(new ImportReport.ConflictRow(journey.child(), imported.kind().name(), heldKey.toString(),
                imported.toString(), message));
    }

    private boolean heldPeriodCovers(LocalDate on) {
        LocalDate entered = null;
        boolean open = false;
        for (Key key : held.stream().sorted(Comparator.comparing(Key::on)).toList()) {
            if (key.on().isAfter(on)) {
                break;
            }
            if (key.kind() == MilestoneKind.ENTERED_CARE) {
                entered = key.on();
                open = true;
            } else if (key.kind() == MilestoneKind.LEFT_CARE) {
                open = false;
            }
        }
        return entered != null && open;
    }

    /** A held milestone of the same kind in the same period of care (one per period: decisions, orders, endings). */
    private Optional<Key> heldInPeriod(Key imported) {
        LocalDate start = periodStart(imported.on());
        LocalDate next = timeline.stream().filter(key -> key.kind() == MilestoneKind.ENTERED_CARE
                && key.on().isAfter(imported.on())).map(Key::on).findFirst().orElse(LocalDate.MAX);
        return held.stream().filter(key -> key.kind() == imported.kind() && (start == null
                || !key.on().isBefore(start)) && key.on().isBefore(next)).findFirst();
    }

    private LocalDate periodStart(LocalDate on) {
        return timeline.stream().filter(key -> key.kind() == MilestoneKind.ENTERED_CARE && !key.on().isAfter(on))
                .map(Key::on).reduce((first, second) -> second).orElse(null);
    }

    private CaseCommand command(Milestone milestone) {
        LocalDate on = milestone.on();
        return switch (milestone.kind()) {
            case ENTERED_CARE -> new RecordEntryToCare(caseId, laCode, on, journey.child(), journey.dateOfBirth(),
                    LEGAL_STATUSES.get(milestone.code()), recordedAt, recordedBy, null);
            case REVIEW_HELD -> new RecordReview(caseId, null, on, reviewKind(on), planAt(on), null, recordedAt,
                    recordedBy, null);
            case ADOPTION_DECISION_MADE -> new RecordAdoptionDecision(caseId, null, on, recordedAt, recordedBy, null);
            case PLACEMENT_ORDER_GRANTED -> new RecordPlacementOrder(caseId, null, on, recordedAt, recordedBy, null);
            // U2 and U5 are both "fostering for adoption or concurrent planning": the return does not say which
            case EARLY_PERMANENCE_PLACEMENT_BEGAN -> new RecordEarlyPermanencePlacement(caseId, null, on,
                    EarlyPermanenceType.FOSTERING_FOR_ADOPTION, recordedAt, recordedBy, null);
            // the return has no panel date: the ADM's match decision stands for both
            case CHILD_MATCHED -> new RecordMatch(caseId, null, on, on, null, recordedAt, recordedBy, null);
            case PLACED_FOR_ADOPTION -> placement(milestone);
            case PLACEMENT_DISRUPTED -> new RecordDisruption(caseId, null, on, "Imported from the SSDA903 return: "
                    + "the adoptive placement ended and the child moved to a placement " + milestone.code(),
                    recordedAt, recordedBy, null);
            case ADOPTION_PLAN_CHANGED -> {
                PlanChangeReason reason = PlanChangeReason.valueOf(milestone.code());
                yield new ChangeAdoptionPlan(caseId, null, on, reason,
                        reason == PlanChangeReason.RD2 ? DecidedBy.COURT : DecidedBy.COUNCIL, null, recordedAt,
                        recordedBy, null);
            }
            case LEFT_CARE -> ending(milestone);
        };
    }

    private CaseCommand placement(Milestone milestone) {
        boolean withFosterCarers = milestone.withCurrentFosterCarers();
        LocalDate periodStart = periodStart(milestone.on());
        boolean earlyPermanence = inPeriod(MilestoneKind.EARLY_PERMANENCE_PLACEMENT_BEGAN, periodStart,
                milestone.on());
        boolean matched = inPeriod(MilestoneKind.CHILD_MATCHED, periodStart, milestone.on());
        LocalDate fosterPlacementStartedOn = withFosterCarers && !earlyPermanence
                ? fosterPlacementBefore(milestone.on()) : null;
        return new RecordPlacementForAdoption(caseId, null, milestone.on(), withFosterCarers,
                fosterPlacementStartedOn, recordedAt, recordedBy, matched ? null : PLACED_WITHOUT_A_MATCH);
    }

    private boolean inPeriod(MilestoneKind kind, LocalDate start, LocalDate on) {
        return timeline.stream().anyMatch(key -> key.kind() == kind && (start == null || !key.on().isBefore(start))
                && !key.on().isAfter(on));
    }

    /** The start of the run of foster placements (U1 to U6) that ends where the adoptive placement begins. */
    private LocalDate fosterPlacementBefore(LocalDate placedOn) {
        LocalDate start = null;
        LocalDate next = placedOn;
        for (int i = episodes.size() - 1; i >= 0; i--) {
            Rows.Episode episode = episodes.get(i);
            if (!episode.started().isBefore(placedOn)) {
                continue;
            }
            if (episode.placement() == null || !episode.placement().startsWith("U")
                    || !Objects.equals(episode.ended(), next)) {
                break;
            }
            start = episode.started();
            next = episode.started();
        }
        return start;
    }

    private CaseCommand ending(Milestone milestone) {
        String code = milestone.code();
        LocalDate on = milestone.on();
        if (ADOPTED.contains(code)) {
            return new RecordAdoptionOrder(caseId, null, on, recordedAt, recordedBy, null);
        }
        if (SPECIAL_GUARDIANSHIP.contains(code)) {
            return new RecordSpecialGuardianshipOrder(caseId, null, on, recordedAt, recordedBy, null);
        }
        if (CHILD_ARRANGEMENTS.contains(code)) {
            return new RecordChildArrangementsOrder(caseId, null, on, recordedAt, recordedBy, null);
        }
        if (HOME.contains(code)) {
            return new RecordReturnHome(caseId, null, on, recordedAt, recordedBy, null);
        }
        return new RecordLeavingCare(caseId, null, on, "SSDA903 reason episode ceased " + code, recordedAt,
                recordedBy, null);
    }

    private ReviewKind reviewKind(LocalDate on) {
        LocalDate start = periodStart(on);
        long before = timeline.stream().filter(key -> key.kind() == MilestoneKind.REVIEW_HELD
                        && (start == null || !key.on().isBefore(start)) && key.on().isBefore(on))
                .map(Key::on).distinct().count();
        return before == 0 ? ReviewKind.FIRST : before == 1 ? ReviewKind.SECOND : ReviewKind.SUBSEQUENT;
    }

    /**
     * The return records no plan, but a review must set one: adoption while an ADM decision is in force (made in
     * this period and not since reversed), else return home, the Children Act's first option (s22C).
     */
    private PermanencePlan planAt(LocalDate on) {
        LocalDate start = periodStart(on);
        return timeline.stream().filter(key -> (key.kind() == MilestoneKind.ADOPTION_DECISION_MADE
                        || key.kind() == MilestoneKind.ADOPTION_PLAN_CHANGED)
                        && (start == null || !key.on().isBefore(start)) && !key.on().isAfter(on))
                .reduce((first, second) -> second)
                .filter(key -> key.kind() == MilestoneKind.ADOPTION_DECISION_MADE)
                .map(key -> PermanencePlan.ADOPTION).orElse(PermanencePlan.RETURN_HOME);
    }

    private static Key keyOf(Milestone milestone) {
        String code = milestone.code();
        String detail = switch (milestone.kind()) {
            case ENTERED_CARE -> LEGAL_STATUSES.containsKey(code) ? LEGAL_STATUSES.get(code).name()
                    : String.valueOf(code);
            case PLACED_FOR_ADOPTION -> fosterCarers(milestone.withCurrentFosterCarers());
            case ADOPTION_PLAN_CHANGED -> code;
            case LEFT_CARE -> ADOPTED.contains(code) ? "adoption order"
                    : SPECIAL_GUARDIANSHIP.contains(code) ? "special guardianship order"
                    : CHILD_ARRANGEMENTS.contains(code) ? "child arrangements order"
                    : HOME.contains(code) ? "returned home" : "left care";
            default -> "";
        };
        return new Key(milestone.kind(), milestone.on(), detail);
    }

    private static String fosterCarers(boolean withCurrentFosterCarers) {
        return withCurrentFosterCarers ? "with the current foster carers" : "with new carers";
    }

    private static Optional<Key> keyOf(CaseEvent event) {
        Key key = null;
        if (event instanceof ChildEnteredCare e) {
            key = new Key(MilestoneKind.ENTERED_CARE, e.enteredCareOn(),
                    e.legalStatus() == null ? "" : e.legalStatus().name());
        } else if (event instanceof StatutoryReviewHeld e) {
            key = new Key(MilestoneKind.REVIEW_HELD, e.heldOn(), "");
        } else if (event instanceof AdoptionDecisionMade e) {
            key = new Key(MilestoneKind.ADOPTION_DECISION_MADE, e.decidedOn(), "");
        } else if (event instanceof PlacementOrderGranted e) {
            key = new Key(MilestoneKind.PLACEMENT_ORDER_GRANTED, e.grantedOn(), "");
        } else if (event instanceof EarlyPermanencePlacementStarted e) {
            key = new Key(MilestoneKind.EARLY_PERMANENCE_PLACEMENT_BEGAN, e.startedOn(), "");
        } else if (event instanceof ChildMatched e) {
            key = new Key(MilestoneKind.CHILD_MATCHED, e.matchedOn(), "");
        } else if (event instanceof ChildPlacedForAdoption e) {
            key = new Key(MilestoneKind.PLACED_FOR_ADOPTION, e.placedOn(), fosterCarers(e.withCurrentFosterCarers()));
        } else if (event instanceof AdoptionPlanChanged e) {
            key = new Key(MilestoneKind.ADOPTION_PLAN_CHANGED, e.changedOn(), e.reason().name());
        } else if (event instanceof AdoptionOrderGranted e) {
            key = new Key(MilestoneKind.LEFT_CARE, e.grantedOn(), "adoption order");
        } else if (event instanceof SpecialGuardianshipOrderGranted e) {
            key = new Key(MilestoneKind.LEFT_CARE, e.grantedOn(), "special guardianship order");
        } else if (event instanceof ChildArrangementsOrderGranted e) {
            key = new Key(MilestoneKind.LEFT_CARE, e.grantedOn(), "child arrangements order");
        } else if (event instanceof ChildReturnedHome e) {
            key = new Key(MilestoneKind.LEFT_CARE, e.returnedOn(), "returned home");
        } else if (event instanceof ChildLeftCare e) {
            key = new Key(MilestoneKind.LEFT_CARE, e.leftOn(), "left care");
        }
        return Optional.ofNullable(key).filter(k -> k.on() != null);
    }
}
