package uk.permanence.events;

import java.util.Set;

/** The events that end a child's time in care and close the case: the same list for every consumer. */
public final class CaseEndings {

    private static final Set<Class<? extends CaseEvent>> ENDINGS = Set.of(AdoptionOrderGranted.class,
            SpecialGuardianshipOrderGranted.class, ChildArrangementsOrderGranted.class, ChildReturnedHome.class,
            ChildLeftCare.class);

    private CaseEndings() {
    }

    public static boolean isEnding(CaseEvent event) {
        return ENDINGS.contains(event.getClass());
    }
}
