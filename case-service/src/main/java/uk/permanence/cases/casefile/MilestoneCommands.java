package uk.permanence.cases.casefile;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The command behind each milestone path, {@code POST /api/cases/{caseId}/{milestone}}. */
public final class MilestoneCommands {

    /** The milestones of family-finding: the only ones a VAA may record, for the children shared with it. */
    public static final Set<String> FAMILY_FINDING = Set.of("adopter-links", "adopter-link-ends", "match",
            "placement-for-adoption");

    private static final Map<String, Class<? extends CaseCommand>> BY_PATH = Map.ofEntries(
            Map.entry("birth", RecordBirth.class),
            Map.entry("characteristics", RecordCharacteristics.class),
            Map.entry("sibling-links", LinkSibling.class),
            Map.entry("reviews", RecordReview.class),
            Map.entry("proceedings-issued", RecordProceedingsIssued.class),
            Map.entry("proceedings-extension", RecordProceedingsExtension.class),
            Map.entry("proceedings-concluded", RecordProceedingsConcluded.class),
            Map.entry("adoption-decision", RecordAdoptionDecision.class),
            Map.entry("placement-order", RecordPlacementOrder.class),
            Map.entry("placement-consent", RecordPlacementConsent.class),
            Map.entry("placement-order-refusal", RecordPlacementOrderRefusal.class),
            Map.entry("placement-order-revocation", RecordPlacementOrderRevocation.class),
            Map.entry("early-permanence-placement", RecordEarlyPermanencePlacement.class),
            Map.entry("adopter-links", LinkAdopters.class),
            Map.entry("adopter-link-ends", EndAdopterLink.class),
            Map.entry("match", RecordMatch.class),
            Map.entry("placement-for-adoption", RecordPlacementForAdoption.class),
            Map.entry("disruption", RecordDisruption.class),
            Map.entry("visits", RecordStatutoryVisit.class),
            Map.entry("adoption-application", RecordAdoptionApplication.class),
            Map.entry("adoption-order", RecordAdoptionOrder.class),
            Map.entry("special-guardianship-order", RecordSpecialGuardianshipOrder.class),
            Map.entry("child-arrangements-order", RecordChildArrangementsOrder.class),
            Map.entry("return-home", RecordReturnHome.class),
            Map.entry("leaving-care", RecordLeavingCare.class),
            Map.entry("adoption-plan-change", ChangeAdoptionPlan.class),
            Map.entry("allocation", AllocateCase.class),
            Map.entry("family-finder-allocation", AllocateFamilyFinder.class),
            Map.entry("vaa-shares", ShareWithVaa.class),
            Map.entry("vaa-unshares", UnshareFromVaa.class),
            Map.entry("corrections", CorrectEvent.class),
            Map.entry("voids", VoidEvent.class));

    private MilestoneCommands() {
    }

    public static Optional<Class<? extends CaseCommand>> forPath(String milestone) {
        return Optional.ofNullable(BY_PATH.get(milestone));
    }
}
