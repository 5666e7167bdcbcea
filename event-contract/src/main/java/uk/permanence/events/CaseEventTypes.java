package uk.permanence.events;

import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Revision;

/**
 * The wire names of published events. A wire name never changes when a class is renamed or moved;
 * a changed payload gets a new {@link Revision} and an upcaster.
 */
public final class CaseEventTypes {

    private static final Map<String, Class<? extends CaseEvent>> BY_WIRE_NAME = Map.of(
            "ChildEnteredCare", ChildEnteredCare.class);

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
