package uk.permanence.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.permanence.events.AdopterLinkEnded;
import uk.permanence.events.AdoptersLinked;
import uk.permanence.events.AdoptionApplicationMade;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.AdoptionPlanChanged;
import uk.permanence.events.AdoptivePlacementDisrupted;
import uk.permanence.events.CareProceedingsConcluded;
import uk.permanence.events.CareProceedingsExtended;
import uk.permanence.events.CareProceedingsIssued;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseSharedWithVaa;
import uk.permanence.events.CaseUnsharedFromVaa;
import uk.permanence.events.ChildArrangementsOrderGranted;
import uk.permanence.events.ChildBorn;
import uk.permanence.events.ChildCharacteristicsRecorded;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.ChildLeftCare;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.ChildReturnedHome;
import uk.permanence.events.EarlyPermanencePlacementStarted;
import uk.permanence.events.FamilyFinderAllocated;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.SiblingLinked;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.events.StatutoryReviewHeld;
import uk.permanence.events.StatutoryVisitMade;
import uk.permanence.events.UnbornChildTracked;

/**
 * The state of one child's journey, folded from the case's effective events (corrections applied, voided events
 * left out). Pure: the aggregate checks its rules against it, and the case file shows it.
 */
public final class CaseJourney {

    private String laCode;
    private String caseReference;
    private LocalDate expectedDateOfBirth;
    private LocalDate dateOfBirth;
    private LocalDate trackedOn;
    private LocalDate enteredCareOn;
    private LocalDate adoptionDecisionOn;
    private LocalDate placementOrderOn;
    private boolean placementOrderInForce;
    private LocalDate placementConsentOn;
    private LocalDate earlyPermanencePlacementOn;
    private final Set<String> activeLinks = new LinkedHashSet<>();
    private LocalDate matchedOn;
    private LocalDate placedOn;
    private boolean placedForAdoption;
    private final List<Placement> placements = new ArrayList<>();
    private LocalDate closedOn;
    private String closedBecause;
    private PermanencePlan permanencePlan;
    private PermanencePlan parallelPlan;
    private int reviewsHeld;
    private LocalDate firstReviewOn;
    private LocalDate lastReviewOn;
    private int reviewsSincePlacement;
    private CareProceedings proceedings;
    private LocalDate fosterPlacementStartedOn;
    private LocalDate adoptionApplicationOn;
    private LocalDate placementStartedOn;
    private LocalDate lastVisitOn;
    private LocalDate stageSince;
    private final Set<String> sharedWithVaas = new LinkedHashSet<>();
    private String socialWorker;
    private String team;
    private String familyFinder;
    private final List<CarePeriod> earlierPeriods = new ArrayList<>();
    private boolean recordedInSiblingGroup;
    private boolean siblingLinked;

    public static CaseJourney of(List<RecordedCaseEvent> history) {
        CaseJourney journey = new CaseJourney();
        Corrections.effective(history).forEach(recorded -> journey.apply(recorded.event()));
        return journey;
    }

    /** The history every view computes from: corrections applied, voided events and the corrections left out. */
    public static List<RecordedCaseEvent> effective(List<RecordedCaseEvent> history) {
        return Corrections.effective(history);
    }

    public void apply(CaseEvent event) {
        Stage stageWas = stage();
        if (event instanceof UnbornChildTracked e) {
            laCode = e.laCode();
            caseReference = e.caseReference();
            expectedDateOfBirth = e.expectedDateOfBirth();
            trackedOn = e.trackedOn();
        } else if (event instanceof ChildBorn e) {
            dateOfBirth = e.bornOn();
        } else if (event instanceof ChildEnteredCare e) {
            if (closedOn != null) {
                startNewPeriodOfCare();
            }
            laCode = e.laCode();
            caseReference = e.caseReference();
            dateOfBirth = e.dateOfBirth();
            enteredCareOn = e.enteredCareOn();
            placementStarted(e.enteredCareOn());
        } else if (event instanceof StatutoryReviewHeld e) {
            reviewsHeld++;
            firstReviewOn = firstReviewOn == null ? e.heldOn() : firstReviewOn;
            lastReviewOn = e.heldOn();
            reviewsSincePlacement++;
            permanencePlan = e.permanencePlan();
            parallelPlan = e.parallelPlan();
        } else if (event instanceof AdoptionDecisionMade e) {
            adoptionDecisionOn = e.decidedOn();
            permanencePlan = PermanencePlan.ADOPTION;
        } else if (event instanceof PlacementOrderGranted e) {
            placementOrderOn = e.grantedOn();
            placementOrderInForce = true;
        } else if (event instanceof PlacementOrderRevoked e) {
            placementOrderInForce = false;
        } else if (event instanceof PlacementConsentGiven e) {
            placementConsentOn = e.consentedOn();
        } else if (event instanceof EarlyPermanencePlacementStarted e) {
            earlyPermanencePlacementOn = e.startedOn();
            placementStarted(e.startedOn());
        } else if (event instanceof AdoptersLinked e) {
            activeLinks.add(e.linkId());
        } else if (event instanceof AdopterLinkEnded e) {
            activeLinks.remove(e.linkId());
        } else if (event instanceof ChildMatched e) {
            matchedOn = e.matchedOn();
        } else if (event instanceof ChildPlacedForAdoption e) {
            placedOn = e.placedOn();
            placedForAdoption = true;
            fosterPlacementStartedOn = e.fosterPlacementStartedOn();
            reviewsSincePlacement = 0;
            placements.add(new Placement(e.placedOn(), e.withCurrentFosterCarers(), e.fosterPlacementStartedOn(),
                    null, null));
            placementStarted(e.placedOn());
        } else if (event instanceof AdoptivePlacementDisrupted e) {
            endCurrentPlacement(e.disruptedOn(), e.reason() == null ? "disrupted" : "disrupted: " + e.reason());
            placedForAdoption = false;
            placedOn = null;
            matchedOn = null;
            fosterPlacementStartedOn = null;
            placementStarted(e.disruptedOn());
        } else if (event instanceof AdoptionPlanChanged e) {
            permanencePlan = e.newPlan();
            adoptionDecisionOn = null;
            placementOrderInForce = false;
            placementConsentOn = null;
            activeLinks.clear();
        } else if (event instanceof AdoptionOrderGranted e) {
            close(e.grantedOn(), CarePeriod.ADOPTED);
        } else if (event instanceof SpecialGuardianshipOrderGranted e) {
            close(e.grantedOn(), "special guardianship order");
        } else if (event instanceof ChildArrangementsOrderGranted e) {
            close(e.grantedOn(), "child arrangements order");
        } else if (event instanceof ChildReturnedHome e) {
            close(e.returnedOn(), "returned home");
        } else if (event instanceof ChildLeftCare e) {
            close(e.leftOn(), "left care: " + e.reason());
        } else if (event instanceof CareProceedingsIssued || event instanceof CareProceedingsExtended
                || event instanceof CareProceedingsConcluded) {
            proceedings = CareProceedings.after(proceedings, event);
        } else if (event instanceof StatutoryVisitMade e) {
            lastVisitOn = latest(lastVisitOn, e.visitedOn());
        } else if (event instanceof AdoptionApplicationMade e) {
            adoptionApplicationOn = e.appliedOn();
        } else if (event instanceof CaseAllocated e) {
            socialWorker = e.socialWorker();
            team = e.team();
        } else if (event instanceof FamilyFinderAllocated e) {
            familyFinder = e.familyFinder();
        } else if (event instanceof CaseSharedWithVaa e) {
            sharedWithVaas.add(e.vaaId());
        } else if (event instanceof CaseUnsharedFromVaa e) {
            sharedWithVaas.remove(e.vaaId());
        } else if (event instanceof ChildCharacteristicsRecorded e) {
            recordedInSiblingGroup = e.siblingGroup();
        } else if (event instanceof SiblingLinked) {
            siblingLinked = true;
        }
        // characteristics and sibling links change no stage
        Stage now = stage();
        if (now != stageWas) {
            stageSince = event.occurredOn();
        }
    }

    /** A child who left care and returns: the closed period is kept, and the journey starts again. */
    private void startNewPeriodOfCare() {
        earlierPeriods.add(currentPeriod());
        adoptionDecisionOn = null;
        placementOrderOn = null;
        placementOrderInForce = false;
        placementConsentOn = null;
        earlyPermanencePlacementOn = null;
        activeLinks.clear();
        matchedOn = null;
        placedOn = null;
        placedForAdoption = false;
        fosterPlacementStartedOn = null;
        adoptionApplicationOn = null;
        permanencePlan = null;
        parallelPlan = null;
        reviewsHeld = 0;
        firstReviewOn = null;
        lastReviewOn = null;
        reviewsSincePlacement = 0;
        closedOn = null;
        closedBecause = null;
    }

    private void placementStarted(LocalDate on) {
        placementStartedOn = latest(placementStartedOn, on);
    }

    private static LocalDate latest(LocalDate was, LocalDate on) {
        return was == null || on != null && on.isAfter(was) ? on : was;
    }

    private void close(LocalDate on, String because) {
        closedOn = on;
        closedBecause = because;
        endCurrentPlacement(on, because);
    }

    private void endCurrentPlacement(LocalDate on, String because) {
        if (placedForAdoption && !placements.isEmpty()) {
            placements.set(placements.size() - 1, placements.get(placements.size() - 1).endedOn(on, because));
        }
    }

    public Stage stage() {
        if (closedOn != null) {
            return Stage.CLOSED;
        }
        if (enteredCareOn == null) {
            return Stage.PRE_BIRTH;
        }
        if (placedForAdoption) {
            return Stage.PLACED_FOR_ADOPTION;
        }
        if (matchedOn != null) {
            return Stage.MATCHED;
        }
        if (!activeLinks.isEmpty()) {
            return Stage.LINKED;
        }
        if (placementOrderInForce) {
            return Stage.PLACEMENT_ORDER;
        }
        if (adoptionDecisionOn != null) {
            return Stage.ADOPTION_DECISION;
        }
        return Stage.IN_CARE;
    }

    /** The period of care the child is in, or the last one, with its key dates. */
    public CarePeriod currentPeriod() {
        return new CarePeriod(enteredCareOn, adoptionDecisionOn, placementOrderOn, earlyPermanencePlacementOn,
                matchedOn, placedOn, fosterPlacementStartedOn, closedOn, closedBecause);
    }

    /** Every period of care, the earliest first; the last is {@link #currentPeriod()}. */
    public List<CarePeriod> periodsOfCare() {
        List<CarePeriod> periods = new ArrayList<>(earlierPeriods);
        if (enteredCareOn != null) {
            periods.add(currentPeriod());
        }
        return periods;
    }

    /** The latest period of care that ended in adoption, if any: the one the adoption measures count. */
    public Optional<CarePeriod> periodEndedInAdoption() {
        List<CarePeriod> periods = periodsOfCare();
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).endedInAdoption()) {
                return Optional.of(periods.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean exists() {
        return laCode != null;
    }

    public boolean closed() {
        return closedOn != null;
    }

    public boolean unborn() {
        return trackedOn != null && dateOfBirth == null;
    }

    /** The earliest date a milestone can plausibly have: entering care, or birth, or when tracking began. */
    public LocalDate journeyStart() {
        if (enteredCareOn != null) {
            return enteredCareOn;
        }
        return dateOfBirth != null ? dateOfBirth : trackedOn;
    }

    public String laCode() {
        return laCode;
    }

    public String caseReference() {
        return caseReference;
    }

    public LocalDate expectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate enteredCareOn() {
        return enteredCareOn;
    }

    public LocalDate adoptionDecisionOn() {
        return adoptionDecisionOn;
    }

    public LocalDate placementOrderOn() {
        return placementOrderOn;
    }

    public boolean placementOrderInForce() {
        return placementOrderInForce;
    }

    /** When the parents consented to placement for adoption (ACA 2002 s19), while that consent stands. */
    public LocalDate placementConsentOn() {
        return placementConsentOn;
    }

    /**
     * Since when the agency has had authority to place the child for adoption: the earlier of a placement order in
     * force and the parents' consent (ACA 2002 s18, s19); null without either.
     */
    public LocalDate authorityToPlaceOn() {
        LocalDate order = placementOrderInForce ? placementOrderOn : null;
        if (order == null || placementConsentOn == null) {
            return order != null ? order : placementConsentOn;
        }
        return order.isBefore(placementConsentOn) ? order : placementConsentOn;
    }

    public LocalDate earlyPermanencePlacementOn() {
        return earlyPermanencePlacementOn;
    }

    public Set<String> activeLinks() {
        return Set.copyOf(activeLinks);
    }

    public LocalDate matchedOn() {
        return matchedOn;
    }

    /** When the child moved in with the current prospective adopters; null when not placed (or disrupted). */
    public LocalDate placedOn() {
        return placedOn;
    }

    /** Every placement for adoption, oldest first, each with its end. */
    public List<Placement> placements() {
        return List.copyOf(placements);
    }

    public boolean placedForAdoption() {
        return placedForAdoption;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closedBecause() {
        return closedBecause;
    }

    public PermanencePlan permanencePlan() {
        return permanencePlan;
    }

    public PermanencePlan parallelPlan() {
        return parallelPlan;
    }

    public int reviewsHeld() {
        return reviewsHeld;
    }

    public Set<String> sharedWithVaas() {
        return Set.copyOf(sharedWithVaas);
    }

    public String socialWorker() {
        return socialWorker;
    }

    public String team() {
        return team;
    }

    public LocalDate firstReviewOn() {
        return firstReviewOn;
    }

    public LocalDate lastReviewOn() {
        return lastReviewOn;
    }

    public int reviewsSincePlacement() {
        return reviewsSincePlacement;
    }

    public LocalDate proceedingsIssuedOn() {
        return proceedings == null ? null : proceedings.issuedOn();
    }

    public LocalDate proceedingsConcludedOn() {
        return proceedings == null ? null : proceedings.concludedOn();
    }

    /** The latest care proceedings issued, open or concluded; null when none were. */
    public CareProceedings proceedings() {
        return proceedings;
    }

    public boolean proceedingsOpen() {
        return proceedings != null && proceedings.open();
    }

    /** When the foster placement began, if the child was placed for adoption with their own foster carers. */
    public LocalDate fosterPlacementStartedOn() {
        return fosterPlacementStartedOn;
    }

    /**
     * When the child's current placement began: entering care, an early-permanence placement, placement for
     * adoption or, after a disruption, the move away from the prospective adopters; the latest of these.
     */
    public LocalDate placementStartedOn() {
        return placementStartedOn;
    }

    /** The latest statutory visit recorded (CPPCR 2010 reg 28, AAR 2005 reg 36); null before the first. */
    public LocalDate lastVisitOn() {
        return lastVisitOn;
    }

    public LocalDate adoptionApplicationOn() {
        return adoptionApplicationOn;
    }

    /** The legal date of the milestone that brought the case to its current stage. */
    public LocalDate stageSince() {
        return stageSince;
    }

    public String familyFinder() {
        return familyFinder;
    }

    /** In a sibling group: as the latest characteristics recorded say, or linked with a sibling's case. */
    public boolean inSiblingGroup() {
        return recordedInSiblingGroup || siblingLinked;
    }
}
