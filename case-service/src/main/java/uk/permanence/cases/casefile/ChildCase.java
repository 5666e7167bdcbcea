package uk.permanence.cases.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.permanence.events.ActionAgreed;
import uk.permanence.events.ActionCompleted;
import uk.permanence.events.ActionDropped;
import uk.permanence.events.AdopterAgency;
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
import uk.permanence.events.EventCorrected;
import uk.permanence.events.EventVoided;
import uk.permanence.events.FamilyFinderAllocated;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementConsentGiven;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.events.PlacementOrderRefused;
import uk.permanence.events.PlacementOrderRevoked;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.SiblingLinked;
import uk.permanence.events.SpecialGuardianshipOrderGranted;
import uk.permanence.events.StatutoryReviewHeld;
import uk.permanence.events.StatutoryVisitMade;
import uk.permanence.events.UnbornChildTracked;
import uk.permanence.journey.AgreedAction;
import uk.permanence.journey.AgreedActions;
import uk.permanence.journey.CareProceedings;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.Corrections;
import uk.permanence.journey.EventFields;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * One child's case, owned by one council: every milestone of the journey is an event of this aggregate. Each
 * handler checks its rules against the journey so far, then applies one event; state changes only in
 * {@link #on}, by refolding the effective history, so a correction or a void recomputes everything after it.
 */
@Aggregate(cache = "caseCache")
public class ChildCase {

    /**
     * AAR 2005 regs 33 and 35: the agency places a child only with the prospective adopters it has decided to match
     * the child with. Histories recorded before this rule may hold placements without a match (docs/measures.md).
     */
    static final String NO_PLACEMENT_WITHOUT_A_MATCH = "a placement for adoption needs a match, and none is in "
            + "effect: record the match first (for carers who already care for the child, the decision that they "
            + "become the prospective adopters), or give an overrideReason";

    /** ACA 2002 s42: the child must have lived with the applicants for 10 weeks. */
    private static final int WEEKS_BEFORE_ADOPTION_APPLICATION = 10;

    @AggregateIdentifier
    private String caseId;
    private final List<RecordedCaseEvent> history = new ArrayList<>();
    private CaseJourney journey = new CaseJourney();

    protected ChildCase() {
    }

    // ---- opening the case ----

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TrackUnbornChild command) {
        if (journey.exists()) {
            throw new CaseStateConflict("This case already exists.");
        }
        CaseRules.of(command).notInFuture("trackedOn", command.trackedOn()).check();
        apply(new UnbornChildTracked(command.caseId(), command.laCode(), command.trackedOn(), command.caseReference(),
                command.expectedDateOfBirth(), command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    /** Opens the case, or, on a closed case, starts a new period of care: the child has come back into care. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordEntryToCare command) {
        if (journey.enteredCareOn() != null && !journey.closed()) {
            throw new CaseStateConflict("This child's case already exists.");
        }
        if (journey.exists() && !journey.laCode().equals(command.laCode())) {
            throw new CaseRuleViolation("laCode", "this case belongs to council " + journey.laCode());
        }
        CaseRules.of(command)
                .notInFuture("enteredCareOn", command.enteredCareOn())
                .notInFuture("dateOfBirth", command.dateOfBirth())
                .require(command.dateOfBirth() == null || command.enteredCareOn() == null
                                || !command.enteredCareOn().isBefore(command.dateOfBirth()),
                        "enteredCareOn", "a child cannot enter care before being born")
                .require(!journey.closed() || command.enteredCareOn() == null
                                || !command.enteredCareOn().isBefore(journey.closedOn()), "enteredCareOn",
                        "a return to care cannot start before the last period of care ended (" + journey.closedOn()
                                + ")")
                .check();
        if (journey.unborn()) {
            apply(new ChildBorn(command.caseId(), command.laCode(), command.dateOfBirth(), command.recordedAt(),
                    command.recordedBy(), command.overrideReason()));
        }
        apply(new ChildEnteredCare(command.caseId(), command.laCode(), command.caseReference(),
                command.dateOfBirth(), command.enteredCareOn(), command.legalStatus(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordBirth command) {
        if (!journey.unborn()) {
            throw new CaseStateConflict("This child's birth is already recorded.");
        }
        milestone(command, "bornOn", command.bornOn()).check();
        apply(new ChildBorn(caseId, journey.laCode(), command.bornOn(), command.recordedAt(), command.recordedBy(),
                command.overrideReason()));
    }

    // ---- the child and the people around the case ----

    @CommandHandler
    void handle(RecordCharacteristics command) {
        milestone(command, "assessedOn", command.assessedOn())
                .require(!command.siblingGroup() || command.siblingGroupSize() != null, "siblingGroupSize",
                        "is required for a sibling group")
                .require(command.siblingGroupSize() == null || command.siblingGroupSize() >= 2
                        || !command.siblingGroup(), "siblingGroupSize", "a sibling group has at least 2 children")
                .check();
        apply(new ChildCharacteristicsRecorded(caseId, journey.laCode(), command.assessedOn(), command.siblingGroup(),
                command.siblingGroupSize(), command.disability(), command.ethnicityGroup(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(LinkSibling command) {
        milestone(command, "linkedOn", command.linkedOn())
                .require(!caseId.equals(command.siblingCaseId()), "siblingCaseId", "cannot be this case")
                .check();
        apply(new SiblingLinked(caseId, journey.laCode(), command.linkedOn(), command.siblingCaseId(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(AllocateCase command) {
        milestone(command, "allocatedOn", command.allocatedOn()).check();
        apply(new CaseAllocated(caseId, journey.laCode(), command.allocatedOn(), command.socialWorker(),
                command.team(), command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(AllocateFamilyFinder command) {
        milestone(command, "allocatedOn", command.allocatedOn()).check();
        apply(new FamilyFinderAllocated(caseId, journey.laCode(), command.allocatedOn(), command.familyFinder(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(ShareWithVaa command) {
        milestone(command, "sharedOn", command.sharedOn())
                .require(!journey.sharedWithVaas().contains(command.vaaId()), "vaaId", "is already shared with")
                .check();
        apply(new CaseSharedWithVaa(caseId, journey.laCode(), command.sharedOn(), command.vaaId(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(UnshareFromVaa command) {
        milestone(command, "unsharedOn", command.unsharedOn())
                .require(journey.sharedWithVaas().contains(command.vaaId()), "vaaId", "is not shared with")
                .check();
        apply(new CaseUnsharedFromVaa(caseId, journey.laCode(), command.unsharedOn(), command.vaaId(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    // ---- planning and court ----

    @CommandHandler
    void handle(RecordReview command) {
        milestone(command, "heldOn", command.heldOn())
                .plausible(command.kind() != ReviewKind.FIRST || journey.reviewsHeld() == 0, "kind",
                        "a first review is already recorded")
                .plausible(command.kind() == ReviewKind.FIRST || journey.reviewsHeld() > 0, "kind",
                        "no first review is recorded")
                .require(command.parallelPlan() == null || command.parallelPlan() != command.permanencePlan(),
                        "parallelPlan", "must differ from the permanence plan")
                .check();
        apply(new StatutoryReviewHeld(caseId, journey.laCode(), command.heldOn(), command.kind(),
                command.permanencePlan(), command.parallelPlan(), command.recordedAt(), command.recordedBy(),
                command.overrideReason()));
    }

    /**
     * Proceedings often begin before the child is looked after (the interim care order is what brings many into
     * care), so the issue date is checked against the child's birth, not against entering care. An unborn child
     * cannot be the subject of proceedings, but a case tracked before birth takes them once the child is born.
     */
    @CommandHandler
    void handle(RecordProceedingsIssued command) {
        openCase();
        if (journey.proceedingsOpen()) {
            throw new CaseStateConflict("Care proceedings issued on " + journey.proceedingsIssuedOn()
                    + " are still open.");
        }
        CaseRules.of(command).notInFuture("issuedOn", command.issuedOn())
                .notBefore("issuedOn", command.issuedOn(), journey.dateOfBirth(), "the child's birth")
                .check();
        apply(new CareProceedingsIssued(caseId, journey.laCode(), command.issuedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordProceedingsExtension command) {
        openCase();
        if (!journey.proceedingsOpen()) {
            throw new CaseStateConflict("No care proceedings are open.");
        }
        CareProceedings proceedings = journey.proceedings();
        CaseRules.of(command).notInFuture("extendedOn", command.extendedOn())
                .require(command.weeks() == null || (command.weeks() >= 1
                                && command.weeks() <= CareProceedings.MAX_EXTENSION_WEEKS), "weeks",
                        "must be from 1 to " + CareProceedings.MAX_EXTENSION_WEEKS
                                + ": the court extends by up to 8 weeks at a time (Children Act 1989 s32(5), (8))")
                .notBefore("extendedOn", command.extendedOn(), proceedings.issuedOn(), "the issue of the proceedings")
                .plausible(command.extendedOn() == null || !command.extendedOn().isAfter(proceedings.lastDay()),
                        "extendedOn", "is after the last day of the timetable (" + proceedings.lastDay() + ")")
                .check();
        apply(new CareProceedingsExtended(caseId, journey.laCode(), command.extendedOn(), command.weeks(),
                command.reason(), command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordProceedingsConcluded command) {
        openCase();
        CareProceedings proceedings = journey.proceedingsOpen() ? journey.proceedings() : null;
        LocalDate issuedOn = proceedings == null ? null : proceedings.issuedOn();
        LocalDate lastDay = proceedings == null ? null : proceedings.lastDay();
        CaseRules.of(command).notInFuture("concludedOn", command.concludedOn())
                .plausible(proceedings != null, "concludedOn", "no care proceedings are open")
                .notBefore("concludedOn", command.concludedOn(), issuedOn, "the issue of the proceedings")
                .plausible(lastDay == null || command.concludedOn() == null || !command.concludedOn().isAfter(lastDay),
                        "concludedOn", "is after the last day of the timetable (" + lastDay
                                + "): record the court's extension first")
                .check();
        apply(new CareProceedingsConcluded(caseId, journey.laCode(), command.concludedOn(), command.outcome(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordAdoptionDecision command) {
        milestone(command, "decidedOn", command.decidedOn()).check();
        apply(new AdoptionDecisionMade(caseId, journey.laCode(), command.decidedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordPlacementOrder command) {
        if (journey.placementOrderInForce()) {
            throw new CaseStateConflict("A placement order is already in force.");
        }
        milestone(command, "grantedOn", command.grantedOn())
                .plausible(journey.adoptionDecisionOn() != null, "grantedOn",
                        "no ADM decision that the child should be placed for adoption is recorded")
                .check();
        apply(new PlacementOrderGranted(caseId, journey.laCode(), command.grantedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    /** ACA 2002 s19(1): the agency may place with consent once satisfied that the child ought to be placed. */
    @CommandHandler
    void handle(RecordPlacementConsent command) {
        if (journey.placementConsentOn() != null) {
            throw new CaseStateConflict("Consent to placement given on " + journey.placementConsentOn()
                    + " is already recorded.");
        }
        milestone(command, "consentedOn", command.consentedOn())
                .plausible(journey.adoptionDecisionOn() != null, "consentedOn",
                        "no ADM decision that the child should be placed for adoption is recorded")
                .plausible(!journey.placementOrderInForce(), "consentedOn",
                        "a placement order is in force, so consent is not needed to place")
                .check();
        apply(new PlacementConsentGiven(caseId, journey.laCode(), command.consentedOn(), command.kind(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordPlacementOrderRefusal command) {
        milestone(command, "refusedOn", command.refusedOn()).check();
        apply(new PlacementOrderRefused(caseId, journey.laCode(), command.refusedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordPlacementOrderRevocation command) {
        if (!journey.placementOrderInForce()) {
            throw new CaseStateConflict("No placement order is in force.");
        }
        milestone(command, "revokedOn", command.revokedOn())
                .notBefore("revokedOn", command.revokedOn(), journey.placementOrderOn(), "the placement order")
                .check();
        apply(new PlacementOrderRevoked(caseId, journey.laCode(), command.revokedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(ChangeAdoptionPlan command) {
        milestone(command, "changedOn", command.changedOn())
                .plausible(journey.permanencePlan() == PermanencePlan.ADOPTION, "reason",
                        "adoption is not the plan")
                .require(command.newPlan() != PermanencePlan.ADOPTION, "newPlan", "must not be adoption")
                .check();
        apply(new AdoptionPlanChanged(caseId, journey.laCode(), command.changedOn(), command.reason(),
                command.decidedBy(), command.newPlan(), command.recordedAt(), command.recordedBy(),
                command.overrideReason()));
    }

    // ---- family-finding and placement ----

    @CommandHandler
    void handle(RecordEarlyPermanencePlacement command) {
        milestone(command, "startedOn", command.startedOn()).check();
        apply(new EarlyPermanencePlacementStarted(caseId, journey.laCode(), command.startedOn(), command.type(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(LinkAdopters command) {
        milestone(command, "linkedOn", command.linkedOn())
                .require(!journey.activeLinks().contains(command.linkId()), "linkId", "is already an active link")
                .require(command.agency() == AdopterAgency.OWN_COUNCIL
                                || (command.agencyId() != null && !command.agencyId().isBlank()),
                        "agencyId", "is required for adopters from another agency")
                .check();
        apply(new AdoptersLinked(caseId, journey.laCode(), command.linkedOn(), command.linkId(), command.agency(),
                command.agencyId(), command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(EndAdopterLink command) {
        milestone(command, "endedOn", command.endedOn())
                .require(journey.activeLinks().contains(command.linkId()), "linkId", "is not an active link")
                .check();
        apply(new AdopterLinkEnded(caseId, journey.laCode(), command.endedOn(), command.linkId(), command.reason(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordMatch command) {
        milestone(command, "matchedOn", command.matchedOn())
                .plausible(journey.adoptionDecisionOn() != null, "matchedOn",
                        "no ADM decision that the child should be placed for adoption is recorded")
                .notBefore("matchedOn", command.matchedOn(), journey.adoptionDecisionOn(), "the ADM decision")
                .require(command.panelRecommendedOn() == null || command.matchedOn() == null
                                || !command.panelRecommendedOn().isAfter(command.matchedOn()),
                        "panelRecommendedOn", "must not be after the match decision")
                .require(command.linkId() == null || journey.activeLinks().contains(command.linkId()),
                        "linkId", "is not an active link")
                .check();
        apply(new ChildMatched(caseId, journey.laCode(), command.matchedOn(), command.panelRecommendedOn(),
                command.linkId(), command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordPlacementForAdoption command) {
        if (journey.placedForAdoption()) {
            throw new CaseStateConflict("The child is already placed for adoption.");
        }
        LocalDate fosterPlacementStartedOn = !command.withCurrentFosterCarers() ? null
                : command.fosterPlacementStartedOn() != null ? command.fosterPlacementStartedOn()
                : journey.earlyPermanencePlacementOn();
        milestone(command, "placedOn", command.placedOn())
                .plausible(journey.matchedOn() != null, "placedOn", NO_PLACEMENT_WITHOUT_A_MATCH)
                .notBefore("placedOn", command.placedOn(), journey.matchedOn(), "the match")
                .require(!command.withCurrentFosterCarers() || fosterPlacementStartedOn != null,
                        "fosterPlacementStartedOn", "is required when the foster carers adopt")
                .notInFuture("fosterPlacementStartedOn", command.fosterPlacementStartedOn())
                .check();
        apply(new ChildPlacedForAdoption(caseId, journey.laCode(), command.placedOn(),
                command.withCurrentFosterCarers(), fosterPlacementStartedOn, command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordDisruption command) {
        if (!journey.placedForAdoption()) {
            throw new CaseStateConflict("The child is not placed for adoption.");
        }
        milestone(command, "disruptedOn", command.disruptedOn())
                .notBefore("disruptedOn", command.disruptedOn(), journey.placedOn(), "the placement")
                .check();
        apply(new AdoptivePlacementDisrupted(caseId, journey.laCode(), command.disruptedOn(), command.reason(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    /** CPPCR 2010 reg 28 visits a looked-after child; an unborn child is not yet looked after. */
    @CommandHandler
    void handle(RecordStatutoryVisit command) {
        milestone(command, "visitedOn", command.visitedOn())
                .plausible(journey.enteredCareOn() != null, "visitedOn", "the child is not looked after")
                .check();
        apply(new StatutoryVisitMade(caseId, journey.laCode(), command.visitedOn(), command.seenAlone(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordAdoptionApplication command) {
        milestone(command, "appliedOn", command.appliedOn())
                .plausible(journey.placedForAdoption(), "appliedOn", "the child is not placed for adoption")
                .notBefore("appliedOn", command.appliedOn(), tenWeeksAfterPlacement(),
                        "10 weeks after the child began living with the applicants")
                .check();
        apply(new AdoptionApplicationMade(caseId, journey.laCode(), command.appliedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    // ---- endings ----

    @CommandHandler
    void handle(RecordAdoptionOrder command) {
        milestone(command, "grantedOn", command.grantedOn())
                .plausible(journey.placedForAdoption(), "grantedOn", "the child is not placed for adoption")
                .notBefore("grantedOn", command.grantedOn(), tenWeeksAfterPlacement(),
                        "10 weeks after the child began living with the applicants")
                .check();
        apply(new AdoptionOrderGranted(caseId, journey.laCode(), command.grantedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordSpecialGuardianshipOrder command) {
        milestone(command, "grantedOn", command.grantedOn()).check();
        apply(new SpecialGuardianshipOrderGranted(caseId, journey.laCode(), command.grantedOn(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordChildArrangementsOrder command) {
        milestone(command, "grantedOn", command.grantedOn()).check();
        apply(new ChildArrangementsOrderGranted(caseId, journey.laCode(), command.grantedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordReturnHome command) {
        milestone(command, "returnedOn", command.returnedOn()).check();
        apply(new ChildReturnedHome(caseId, journey.laCode(), command.returnedOn(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(RecordLeavingCare command) {
        milestone(command, "leftOn", command.leftOn()).check();
        apply(new ChildLeftCare(caseId, journey.laCode(), command.leftOn(), command.reason(), command.recordedAt(),
                command.recordedBy(), command.overrideReason()));
    }

    // ---- actions agreed at tracking meetings ----

    /** The action's identity is the sequence number its event will have: stable, and known to the caller. */
    @CommandHandler
    void handle(AgreeAction command) {
        milestone(command, "agreedOn", command.agreedOn())
                .require(command.dueOn() == null || command.agreedOn() == null
                        || !command.dueOn().isBefore(command.agreedOn()), "dueOn", "must not be before agreedOn")
                .check();
        apply(new ActionAgreed(caseId, journey.laCode(), command.agreedOn(), history.size(), command.what(),
                command.owner(), command.dueOn(), command.recordedAt(), command.recordedBy(),
                command.overrideReason()));
    }

    @CommandHandler
    void handle(CompleteAction command) {
        AgreedAction action = openAction(command.actionId());
        milestone(command, "completedOn", command.completedOn())
                .notBefore("completedOn", command.completedOn(), action.agreedOn(), "the day it was agreed")
                .check();
        apply(new ActionCompleted(caseId, journey.laCode(), command.completedOn(), command.actionId(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @CommandHandler
    void handle(DropAction command) {
        AgreedAction action = openAction(command.actionId());
        milestone(command, "droppedOn", command.droppedOn())
                .notBefore("droppedOn", command.droppedOn(), action.agreedOn(), "the day it was agreed")
                .check();
        apply(new ActionDropped(caseId, journey.laCode(), command.droppedOn(), command.actionId(), command.reason(),
                command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    // ---- corrections (allowed on closed cases: late corrections are normal) ----

    @CommandHandler
    void handle(CorrectEvent command) {
        RecordedCaseEvent target = correctable(command.correctedSequence(), "correctedSequence");
        CaseRules rules = CaseRules.of(command).notInFuture("correctedOn", command.correctedOn());
        if (target != null) {
            rules.require(EventFields.isCorrectable(target.event(), command.field()), "field",
                    "is not a correctable field of " + target.event().getClass().getSimpleName());
            if (EventFields.isCorrectable(target.event(), command.field())) {
                try {
                    EventFields.withValue(target.event(), command.field(), command.value());
                } catch (IllegalArgumentException e) {
                    rules.require(false, "value", e.getMessage());
                }
            }
        }
        rules.check();
        apply(new EventCorrected(caseId, journey.laCode(), command.correctedOn(), command.correctedSequence(),
                command.field(), command.value(), command.reason(), command.recordedAt(), command.recordedBy(),
                command.overrideReason()));
    }

    @CommandHandler
    void handle(VoidEvent command) {
        RecordedCaseEvent target = correctable(command.voidedSequence(), "voidedSequence");
        CaseRules.of(command).notInFuture("voidedOn", command.voidedOn())
                .require(target == null || target.sequence() > 0 || history.size() == 1, "voidedSequence",
                        "the event that opened the case cannot be voided")
                .check();
        apply(new EventVoided(caseId, journey.laCode(), command.voidedOn(), command.voidedSequence(),
                command.reason(), command.recordedAt(), command.recordedBy(), command.overrideReason()));
    }

    @EventSourcingHandler
    void on(CaseEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
        caseId = event.caseId();
        RecordedCaseEvent recorded = new RecordedCaseEvent(eventId, sequence, event);
        history.add(recorded);
        if (Corrections.isCorrectionOrVoid(recorded)) {
            journey = CaseJourney.of(history);
        } else {
            journey.apply(event);
        }
    }

    /** Every event a command records goes through here: one exactly like an event in effect is refused. */
    private void apply(CaseEvent event) {
        RepeatedMilestones.refuse(event, Corrections.effective(history));
        AggregateLifecycle.apply(event);
    }

    /** The rules every milestone on an open case shares: not in the future, not before the journey began. */
    private CaseRules milestone(CaseCommand command, String field, LocalDate date) {
        openCase();
        return CaseRules.of(command).notInFuture(field, date)
                .notBefore(field, date, journey.journeyStart(), "the start of the child's journey");
    }

    private void openCase() {
        if (journey.closed()) {
            throw new CaseStateConflict("The case is closed (" + journey.closedBecause() + " on "
                    + journey.closedOn() + ").");
        }
    }

    private AgreedAction openAction(long actionId) {
        AgreedAction action = AgreedActions.of(history).stream().filter(agreed -> agreed.actionId() == actionId)
                .findFirst().orElseThrow(() -> new CaseRuleViolation("actionId", "is not an action of this case"));
        if (action.status() != AgreedAction.Status.OPEN) {
            throw new CaseStateConflict("Action " + actionId + " is already " + action.status().name()
                    .toLowerCase(Locale.ROOT) + " (on " + action.closedOn() + ").");
        }
        return action;
    }

    private RecordedCaseEvent correctable(long sequence, String field) {
        List<RecordedCaseEvent> effective = Corrections.effective(history);
        RecordedCaseEvent target = effective.stream().filter(recorded -> recorded.sequence() == sequence)
                .findFirst().orElse(null);
        if (target == null) {
            throw new CaseRuleViolation(field, "is not an event of this case that is still in effect");
        }
        return target;
    }

    /** Counted from when the child began living with the applicants: the foster placement, when they foster. */
    private LocalDate tenWeeksAfterPlacement() {
        LocalDate livingWithApplicants = journey.fosterPlacementStartedOn() != null
                ? journey.fosterPlacementStartedOn() : journey.placedOn();
        return livingWithApplicants == null ? null
                : livingWithApplicants.plusWeeks(WEEKS_BEFORE_ADOPTION_APPLICATION);
    }
}
