package uk.permanence.events;

import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Revision;

/**
 * The wire names of published events. A wire name never changes when a class is renamed or moved;
 * a changed payload gets a new {@link Revision} and an upcaster.
 */
public final class CaseEventTypes {

    private static final Map<String, Class<? extends CaseEvent>> BY_WIRE_NAME = Map.ofEntries(
            Map.entry("ChildEnteredCare", ChildEnteredCare.class),
            Map.entry("UnbornChildTracked", UnbornChildTracked.class),
            Map.entry("ChildBorn", ChildBorn.class),
            Map.entry("ChildCharacteristicsRecorded", ChildCharacteristicsRecorded.class),
            Map.entry("SiblingLinked", SiblingLinked.class),
            Map.entry("StatutoryReviewHeld", StatutoryReviewHeld.class),
            Map.entry("CareProceedingsIssued", CareProceedingsIssued.class),
            Map.entry("CareProceedingsExtended", CareProceedingsExtended.class),
            Map.entry("CareProceedingsConcluded", CareProceedingsConcluded.class),
            Map.entry("AdoptionDecisionMade", AdoptionDecisionMade.class),
            Map.entry("PlacementOrderGranted", PlacementOrderGranted.class),
            Map.entry("PlacementConsentGiven", PlacementConsentGiven.class),
            Map.entry("PlacementOrderRefused", PlacementOrderRefused.class),
            Map.entry("PlacementOrderRevoked", PlacementOrderRevoked.class),
            Map.entry("EarlyPermanencePlacementStarted", EarlyPermanencePlacementStarted.class),
            Map.entry("AdoptersLinked", AdoptersLinked.class),
            Map.entry("AdopterLinkEnded", AdopterLinkEnded.class),
            Map.entry("ChildMatched", ChildMatched.class),
            Map.entry("ChildPlacedForAdoption", ChildPlacedForAdoption.class),
            Map.entry("AdoptivePlacementDisrupted", AdoptivePlacementDisrupted.class),
            Map.entry("StatutoryVisitMade", StatutoryVisitMade.class),
            Map.entry("AdoptionApplicationMade", AdoptionApplicationMade.class),
            Map.entry("AdoptionOrderGranted", AdoptionOrderGranted.class),
            Map.entry("SpecialGuardianshipOrderGranted", SpecialGuardianshipOrderGranted.class),
            Map.entry("ChildArrangementsOrderGranted", ChildArrangementsOrderGranted.class),
            Map.entry("ChildReturnedHome", ChildReturnedHome.class),
            Map.entry("ChildLeftCare", ChildLeftCare.class),
            Map.entry("AdoptionPlanChanged", AdoptionPlanChanged.class),
            Map.entry("CaseAllocated", CaseAllocated.class),
            Map.entry("FamilyFinderAllocated", FamilyFinderAllocated.class),
            Map.entry("CaseSharedWithVaa", CaseSharedWithVaa.class),
            Map.entry("CaseUnsharedFromVaa", CaseUnsharedFromVaa.class),
            Map.entry("EventCorrected", EventCorrected.class),
            Map.entry("EventVoided", EventVoided.class),
            Map.entry("ActionAgreed", ActionAgreed.class),
            Map.entry("ActionCompleted", ActionCompleted.class),
            Map.entry("ActionDropped", ActionDropped.class));

    private CaseEventTypes() {
    }

    public static Optional<Class<? extends CaseEvent>> classOf(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    public static String wireNameOf(Class<? extends CaseEvent> type) {
        return BY_WIRE_NAME.entrySet().stream()
                .filter(entry -> entry.getValue().equals(type))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no wire name in CaseEventTypes"));
    }

    public static String revisionOf(Class<? extends CaseEvent> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Revision");
        }
        return revision.value();
    }

    public static Iterable<String> wireNames() {
        return BY_WIRE_NAME.keySet();
    }
}
