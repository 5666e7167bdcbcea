package uk.permanence.webapp.milestone;

import static uk.permanence.webapp.milestone.Field.choice;
import static uk.permanence.webapp.milestone.Field.date;
import static uk.permanence.webapp.milestone.Field.longText;
import static uk.permanence.webapp.milestone.Field.number;
import static uk.permanence.webapp.milestone.Field.text;
import static uk.permanence.webapp.milestone.Field.yesNo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.permanence.events.AdopterAgency;
import uk.permanence.events.DecidedBy;
import uk.permanence.events.EarlyPermanenceType;
import uk.permanence.events.EthnicityGroup;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.PlacementConsentKind;
import uk.permanence.events.PlanChangeReason;
import uk.permanence.events.ProceedingsDelayReason;
import uk.permanence.events.ProceedingsOutcome;
import uk.permanence.events.ReviewKind;
import uk.permanence.webapp.Wording;

/**
 * Every milestone the API records (the {@code milestone} path of {@code POST /api/cases/{caseId}/{milestone}} in the
 * gateway's openapi.yaml), in the order of a child's journey, each with the fields of its request body as
 * case-service's command takes them. Codes are the event contract's own enums, so a choice offers exactly what the
 * API accepts. Corrections and voids are not here: they are made from an event of the child's timeline.
 */
@Component
public class Milestones {

    /** The milestones of family-finding: the only ones a VAA's worker may record, for a child shared with the VAA. */
    static final String CORRECTIONS = "corrections";
    static final String VOIDS = "voids";
    public static final Set<String> FAMILY_FINDING = Set.of("adopter-links", "adopter-link-ends", "match",
            "placement-for-adoption");

    private static final String CHILD = "The child";
    private static final String REVIEWS = "Reviews and visits";
    private static final String COURT = "Court and consent";
    private static final String ADOPTION = "Adoption";
    private static final String ENDINGS = "Leaving care and other orders";
    private static final String CASEWORK = "Allocation and sharing";

    private final Map<String, Milestone> byPath = new LinkedHashMap<>();

    Milestones(Wording wording) {
        List<Milestone> all = List.of(
                new Milestone("birth", "ChildBorn", "Birth", CHILD, "A child tracked before birth was born.",
                        List.of(date("bornOn", "Date of birth"))),
                new Milestone("characteristics", "ChildCharacteristicsRecorded", "Characteristics", CHILD,
                        "What may make family-finding take longer.",
                        List.of(date("assessedOn", "Date assessed"),
                                yesNo("siblingGroup", "Part of a sibling group to be placed together?", null),
                                number("siblingGroupSize", "Number of children in the sibling group",
                                        "Only for a sibling group").optional(),
                                yesNo("disability", "Has a disability?", null),
                                choice("ethnicityGroup", "Ethnicity group", null, EthnicityGroup.class,
                                        code -> wording.words(code.name())))),
                new Milestone("sibling-links", "SiblingLinked", "Sibling link", CHILD,
                        "This child's case is linked with a sibling's.",
                        List.of(date("linkedOn", "Date linked"),
                                text("siblingCaseId", "Sibling's case ID", "As the sibling's page address shows it"))),
                new Milestone("reviews", "StatutoryReviewHeld", "Statutory review", REVIEWS,
                        "A review held, with the permanence plan set at it.",
                        List.of(date("heldOn", "Date held"),
                                choice("kind", "Which review", null, ReviewKind.class,
                                        code -> wording.words(code.name()) + " review"),
                                choice("permanencePlan", "Permanence plan", null, PermanencePlan.class,
                                        code -> wording.words(code.name())),
                                choice("parallelPlan", "Parallel plan", "The contingency plan, if there is one",
                                        PermanencePlan.class, code -> wording.words(code.name())).optional())),
                new Milestone("visits", "StatutoryVisitMade", "Statutory visit", REVIEWS,
                        "A social worker visited the child.",
                        List.of(date("visitedOn", "Date of the visit"),
                                yesNo("seenAlone", "Was the child seen alone?", null).optional())),
                new Milestone("proceedings-issued", "CareProceedingsIssued", "Care proceedings issued", COURT,
                        "The application for a care order was issued.",
                        List.of(date("issuedOn", "Date issued"))),
                new Milestone("proceedings-extension", "CareProceedingsExtended", "Care proceedings extended", COURT,
                        "The court extended the 26 weeks (Children Act 1989 s32(5)).",
                        List.of(date("extendedOn", "Date extended"),
                                number("weeks", "Weeks of extension", "At most 8"),
                                choice("reason", "Why the court extended them", null,
                                        ProceedingsDelayReason.class, code -> wording.words(code.name())))),
                new Milestone("proceedings-concluded", "CareProceedingsConcluded", "Care proceedings concluded", COURT,
                        "How the care proceedings ended.",
                        List.of(date("concludedOn", "Date concluded"),
                                choice("outcome", "Outcome", null, ProceedingsOutcome.class,
                                        code -> wording.words(code.name())))),
                new Milestone("placement-consent", "PlacementConsentGiven", "Consent to placement", COURT,
                        "The parents consented to placement for adoption (ACA 2002 s19).",
                        List.of(date("consentedOn", "Date consent was given"),
                                choice("kind", "What the parents consented to", null, PlacementConsentKind.class,
                                        code -> code == PlacementConsentKind.PLACEMENT ? "Placement (s19)"
                                                : "Placement with advance consent to adoption (s19 and s20)"))),
                new Milestone("placement-order", "PlacementOrderGranted", "Placement order", COURT,
                        "The court granted a placement order.",
                        List.of(date("grantedOn", "Date granted"))),
                new Milestone("placement-order-refusal", "PlacementOrderRefused", "Placement order refused", COURT,
                        "The court refused a placement order.",
                        List.of(date("refusedOn", "Date refused"))),
                new Milestone("placement-order-revocation", "PlacementOrderRevoked", "Placement order revoked", COURT,
                        "The court revoked the placement order.",
                        List.of(date("revokedOn", "Date revoked"))),
                new Milestone("adoption-decision", "AdoptionDecisionMade", "Adoption decision", ADOPTION,
                        "The agency decision maker decided the child should be placed for adoption.",
                        List.of(date("decidedOn", "Date decided"))),
                new Milestone("early-permanence-placement", "EarlyPermanencePlacementStarted",
                        "Early permanence placement", ADOPTION,
                        "Placed with carers approved to foster and to adopt, before the court decides.",
                        List.of(date("startedOn", "Date the placement started"),
                                choice("type", "Type of placement", null, EarlyPermanenceType.class,
                                        code -> wording.words(code.name())))),
                new Milestone("adopter-links", "AdoptersLinked", "Link with prospective adopters", ADOPTION,
                        "Prospective adopters were identified for the child.",
                        List.of(date("linkedOn", "Date linked"),
                                text("linkId", "Link reference", "Your reference for this link, used again for "
                                        + "the match and if the link ends"),
                                choice("agency", "Whose adopters", null, AdopterAgency.class, code -> switch (code) {
                                    case OWN_COUNCIL -> "The council's own";
                                    case OTHER_COUNCIL -> "Another council's";
                                    case RAA -> "A regional adoption agency's";
                                    case VAA -> "A voluntary adoption agency's";
                                }),
                                text("agencyId", "Agency", "The other council, RAA or VAA").optional())),
                new Milestone("adopter-link-ends", "AdopterLinkEnded", "Link with prospective adopters ended", ADOPTION,
                        "A link with prospective adopters ended.",
                        List.of(date("endedOn", "Date the link ended"),
                                text("linkId", "Link reference", "As recorded when the link was made"),
                                longText("reason", "Why the link ended", null))),
                new Milestone("match", "ChildMatched", "Match", ADOPTION,
                        "The agency decision maker's match decision after the panel's recommendation.",
                        List.of(date("matchedOn", "Date of the match decision"),
                                date("panelRecommendedOn", "Date of the panel's recommendation"),
                                text("linkId", "Link reference", "The link with the adopters matched").optional())),
                new Milestone("placement-for-adoption", "ChildPlacedForAdoption", "Placement for adoption", ADOPTION,
                        "The child moved in with the prospective adopters.",
                        List.of(date("placedOn", "Date placed"),
                                yesNo("withCurrentFosterCarers", "Are the adopters the child's foster carers?",
                                        "For example after fostering for adoption"),
                                date("fosterPlacementStartedOn", "Date the foster placement with them began",
                                        "Only if they are the child's foster carers.").optional())),
                new Milestone("disruption", "AdoptivePlacementDisrupted", "Disruption", ADOPTION,
                        "The placement for adoption ended before an adoption order.",
                        List.of(date("disruptedOn", "Date the placement ended"),
                                longText("reason", "Why it ended", null))),
                new Milestone("adoption-application", "AdoptionApplicationMade", "Adoption application", ADOPTION,
                        "The adopters applied for an adoption order.",
                        List.of(date("appliedOn", "Date of the application"))),
                new Milestone("adoption-order", "AdoptionOrderGranted", "Adoption order", ADOPTION,
                        "The court made an adoption order.",
                        List.of(date("grantedOn", "Date granted"))),
                new Milestone("adoption-plan-change", "AdoptionPlanChanged", "Adoption plan changed", ADOPTION,
                        "Adoption stopped being the plan.",
                        List.of(date("changedOn", "Date changed"),
                                choice("reason", "Why", null, PlanChangeReason.class, code -> switch (code) {
                                    case RD1 -> "The child's needs changed (RD1)";
                                    case RD2 -> "The court did not make a placement order (RD2)";
                                    case RD3 -> "No prospective adopters could be found (RD3)";
                                    case RD4 -> "Another reason (RD4)";
                                }),
                                choice("decidedBy", "Who decided", null, DecidedBy.class,
                                        code -> wording.words(code.name())),
                                choice("newPlan", "The new plan", null, PermanencePlan.class,
                                        code -> wording.words(code.name())).optional())),
                new Milestone("special-guardianship-order", "SpecialGuardianshipOrderGranted",
                        "Special guardianship order", ENDINGS,
                        "The court made a special guardianship order.",
                        List.of(date("grantedOn", "Date granted"))),
                new Milestone("child-arrangements-order", "ChildArrangementsOrderGranted",
                        "Child arrangements order", ENDINGS,
                        "The court made a child arrangements order.",
                        List.of(date("grantedOn", "Date granted"))),
                new Milestone("return-home", "ChildReturnedHome", "Return home", ENDINGS, "The child returned home.",
                        List.of(date("returnedOn", "Date returned"))),
                new Milestone("leaving-care", "ChildLeftCare", "Leaving care", ENDINGS,
                        "The child left care for another reason.",
                        List.of(date("leftOn", "Date left care"), longText("reason", "Why", null))),
                new Milestone("allocation", "CaseAllocated", "Allocation", CASEWORK,
                        "A social worker and team took the case.",
                        List.of(date("allocatedOn", "Date allocated"),
                                text("socialWorker", "Social worker", null), text("team", "Team", null))),
                new Milestone("family-finder-allocation", "FamilyFinderAllocated", "Family-finder allocation", CASEWORK,
                        "A family-finder took the case.",
                        List.of(date("allocatedOn", "Date allocated"), text("familyFinder", "Family-finder", null))),
                new Milestone("vaa-shares", "CaseSharedWithVaa", "Shared with a VAA", CASEWORK,
                        "The case is shared with a voluntary adoption agency for family-finding.",
                        List.of(date("sharedOn", "Date shared"), text("vaaId", "VAA", "The agency's identifier"))),
                new Milestone("vaa-unshares", "CaseUnsharedFromVaa", "No longer shared with a VAA", CASEWORK,
                        "The case is no longer shared with a voluntary adoption agency.",
                        List.of(date("unsharedOn", "Date sharing ended"),
                                text("vaaId", "VAA", "The agency's identifier"))));
        all.forEach(milestone -> byPath.put(milestone.path(), milestone));
    }

    public List<Milestone> all() {
        return List.copyOf(byPath.values());
    }

    public Optional<Milestone> forPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * What a person may record on a case: what their role may record (every milestone when it is not known), and
     * for a VAA's worker, who sees the shared view, family-finding only.
     */
    public List<Milestone> recordableIn(boolean sharedView, Optional<String> role) {
        return byPath.values().stream()
                .filter(milestone -> !sharedView || FAMILY_FINDING.contains(milestone.path()))
                .filter(milestone -> role.map(known -> RecordingRights.mayRecord(known, milestone.path())).orElse(true))
                .toList();
    }

    /**
     * What the timeline offers on an event in effect for this role (empty when the token cannot be read: offered,
     * and the API decides): correcting it and voiding it, each by the role table's row for its POST.
     */
    public EventActions eventActions(Optional<String> role) {
        return new EventActions(role.map(known -> RecordingRights.mayRecord(known, CORRECTIONS)).orElse(true),
                role.map(known -> RecordingRights.mayRecord(known, VOIDS)).orElse(true));
    }

    /** Whether an event may be corrected and whether it may be voided. */
    public record EventActions(boolean correct, boolean voids) {
    }

    /** The milestone that records events of this type (its wire name), if a form records it. */
    public Optional<Milestone> forEvent(String event) {
        return byPath.values().stream().filter(milestone -> milestone.event().equals(event)).findFirst();
    }
}
