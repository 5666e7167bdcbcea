package uk.permanence.reporting.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CaseEndings;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * One child's SSDA903 rows, every year's at once, as far as the case's events in effect (corrections applied, voids
 * left out) give them, walked in legal-date order. CHILD is the case reference. What the platform does not hold is
 * left blank (null): the placement type of any placement but one for adoption, the reason an episode ended except
 * a child arrangements order (E41; whether an adoption was E11 or E12, an SGO E45 to E48, a return home E13, E4A or
 * E4B is not recorded), and the AD1 adopters' fields (NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR).
 */
final class ReturnRows {

    /** A row of one of the tables. */
    sealed interface Row permits Episode, PlacedAdoption, Adoption {
    }

    /** Episodes: a stretch of care with one legal status and one placement. */
    record Episode(String child, LocalDate dateOfBirth, LocalDate started, String reasonNewEpisode,
                   String legalStatus, String placement, LocalDate ended, String reasonEnded) implements Row {
    }

    /**
     * PlacedAdoption: a decision that the child should be placed for adoption, and its reversal; {@code endedOn}
     * is when it stopped being in force (its reversal, or the end of the period of care), null while it is.
     */
    record PlacedAdoption(String child, LocalDate dateOfBirth, LocalDate decidedOn, LocalDate ceasedOn,
                          String reasonCeased, LocalDate endedOn) implements Row {
    }

    /** AD1: an adoption, with the decision and match of the period of care it ended. */
    record Adoption(String child, LocalDate dateOfBirth, LocalDate adoptedOn, LocalDate decidedOn,
                    LocalDate matchedOn, String fosterCare) implements Row {
    }

    record Rows(String laCode, List<Episode> episodes, List<PlacedAdoption> decisions, List<Adoption> adoptions) {

        static final Rows NONE = new Rows(null, List.of(), List.of(), List.of());
    }

    private static final String STARTED = "S";
    private static final String STILL_LOOKED_AFTER = "X1";
    private static final String CHILD_ARRANGEMENTS_ORDER = "E41";
    private static final String CARE_ORDER = "C2";
    private static final String PLACEMENT_ORDER = "E1";

    private final String child;
    private final LocalDate dateOfBirth;
    private final List<Episode> episodes = new ArrayList<>();
    private final List<PlacedAdoption> decisions = new ArrayList<>();
    private final List<Adoption> adoptions = new ArrayList<>();
    // the episode open now
    private LocalDate started;
    private String legalStatus;
    private String placement;
    private boolean legalStatusChanged;
    private boolean placementChanged;
    private boolean sameCarers;
    private boolean newPeriod;
    // the period of care
    private boolean inCare;
    private boolean orderInForce;
    private boolean consentGiven;
    private LocalDate matchedOn;
    private Boolean placedWithFosterCarers;
    // the decision in force
    private LocalDate decidedOn;

    private ReturnRows(String child, LocalDate dateOfBirth) {
        this.child = child;
        this.dateOfBirth = dateOfBirth;
    }

    static Rows of(List<RecordedCaseEvent> history) {
        CaseJourney journey = CaseJourney.of(history);
        if (journey.caseReference() == null || journey.laCode() == null) {
            return Rows.NONE;
        }
        ReturnRows rows = new ReturnRows(journey.caseReference(), journey.dateOfBirth());
        CaseJourney.effective(history).stream().map(RecordedCaseEvent::event)
                .filter(event -> event.occurredOn() != null)
                .sorted(Comparator.comparing(CaseEvent::occurredOn))
                .forEach(rows::apply);
        rows.stillOpen();
        return new Rows(journey.laCode(), List.copyOf(rows.episodes), List.copyOf(rows.decisions),
                List.copyOf(rows.adoptions));
    }

    private void apply(CaseEvent event) {
        LocalDate on = event.occurredOn();
        if (event instanceof ChildEnteredCare entered) {
            if (inCare) {
                endEpisode(on, STILL_LOOKED_AFTER);
            }
            inCare = true;
            orderInForce = false;
            consentGiven = false;
            matchedOn = null;
            placedWithFosterCarers = null;
            decidedOn = null;
            started = on;
            legalStatus = entered.legalStatus() == null ? null : entered.legalStatus().name();
            placement = null;
            newPeriod = true;
            legalStatusChanged = false;
            placementChanged = false;
            sameCarers = false;
            return;
        }
        if (!inCare) {
            return;
        }
        if (event instanceof CareProceedingsConcluded concluded && concluded.outcome() == ProceedingsOutcome.CARE_ORDER
                && !CARE_ORDER.equals(legalStatus) && !PLACEMENT_ORDER.equals(legalStatus)) {
            change(on, CARE_ORDER, placement, false, false);
        } else if (event instanceof PlacementOrderGranted) {
            orderInForce = true;
            change(on, PLACEMENT_ORDER, placement, false, false);
        } else if (event instanceof PlacementOrderRevoked) {
            orderInForce = false;
            change(on, CARE_ORDER, placement, false, false);
        } else if (event instanceof PlacementConsentGiven) {
            consentGiven = true;
        } else if (event instanceof EarlyPermanencePlacementStarted) {
            change(on, legalStatus, null, true, false);
        } else if (event instanceof ChildPlacedForAdoption placed) {
            placedWithFosterCarers = placed.withCurrentFosterCarers();
            change(on, legalStatus, adoptivePlacement(placed.withCurrentFosterCarers()), true,
                    placed.withCurrentFosterCarers());
        } else if (event instanceof AdoptivePlacementDisrupted) {
            matchedOn = null;
            placedWithFosterCarers = null;
            change(on, legalStatus, null, true, false);
        } else if (event instanceof ChildMatched matched) {
            matchedOn = matched.matchedOn();
        } else if (event instanceof AdoptionDecisionMade decided) {
            decidedOn = decidedOn == null ? decided.decidedOn() : decidedOn;
        } else if (event instanceof AdoptionPlanChanged changed && decidedOn != null) {
            decisions.add(new PlacedAdoption(child, dateOfBirth, decidedOn, on, changed.reason() == null ? null
                    : changed.reason().name(), on));
            decidedOn = null;
        } else if (CaseEndings.isEnding(event)) {
            if (event instanceof AdoptionOrderGranted) {
                adoptions.add(new Adoption(child, dateOfBirth, on, decidedOn, matchedOn,
                        placedWithFosterCarers == null ? null : placedWithFosterCarers ? "1" : "0"));
            }
            if (decidedOn != null) {
                decisions.add(new PlacedAdoption(child, dateOfBirth, decidedOn, null, null, on));
                decidedOn = null;
            }
            endEpisode(on, event instanceof ChildArrangementsOrderGranted ? CHILD_ARRANGEMENTS_ORDER : null);
            inCare = false;
        }
    }

    /**
     * A3 to A6: with the parents' consent (A3, A4) where no placement order is in force, under the order (A5, A6)
     * otherwise; with the current foster carers (A3, A5) or not (A4, A6). Blank with neither authority.
     */
    private String adoptivePlacement(boolean withCurrentFosterCarers) {
        if (orderInForce) {
            return withCurrentFosterCarers ? "A5" : "A6";
        }
        if (consentGiven) {
            return withCurrentFosterCarers ? "A3" : "A4";
        }
        return null;
    }

    /** A new episode from {@code on}, or the changes merged into the episode that began the same day. */
    private void change(LocalDate on, String newLegalStatus, String newPlacement, boolean movedPlacement,
                        boolean withSameCarers) {
        if (!on.equals(started)) {
            endEpisode(on, STILL_LOOKED_AFTER);
            started = on;
            newPeriod = false;
            legalStatusChanged = false;
            placementChanged = false;
            sameCarers = false;
        }
        legalStatusChanged |= !Objects.equals(newLegalStatus, legalStatus);
        if (movedPlacement) {
            placementChanged = true;
            sameCarers = withSameCarers;
        }
        legalStatus = newLegalStatus;
        placement = newPlacement;
    }

    private void endEpisode(LocalDate on, String reasonEnded) {
        episodes.add(new Episode(child, dateOfBirth, started, reasonNewEpisode(), legalStatus, placement, on,
                reasonEnded));
        started = null;
    }

    /**
     * S started to be looked after; L legal status only; P placement and carers only; U placement with the same
     * carers only; T legal status and placement and carers; B legal status and placement with the same carers.
     */
    private String reasonNewEpisode() {
        if (newPeriod) {
            return STARTED;
        }
        if (legalStatusChanged && placementChanged) {
            return sameCarers ? "B" : "T";
        }
        if (placementChanged) {
            return sameCarers ? "U" : "P";
        }
        return "L";
    }

    /** The episode and the decision still open, if the child is in care. */
    private void stillOpen() {
        if (inCare) {
            episodes.add(new Episode(child, dateOfBirth, started, reasonNewEpisode(), legalStatus, placement, null,
                    null));
        }
        if (decidedOn != null) {
            decisions.add(new PlacedAdoption(child, dateOfBirth, decidedOn, null, null, null));
        }
    }
}
