package uk.permanence.journey;

import java.util.Arrays;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.permanence.events.CaseEvent;

/** Reads and replaces one field of an event by name, for corrections. */
public final class EventFields {

    /**
     * Who, whose and when-recorded are facts of the recording itself, never corrected; nor is an action's identity,
     * which later events name.
     */
    private static final Set<String> NOT_CORRECTABLE = Set.of("caseId", "laCode", "recordedAt", "recordedBy",
            "overrideReason", "actionId");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventFields() {
    }

    public static boolean isCorrectable(CaseEvent event, String field) {
        return !NOT_CORRECTABLE.contains(field) && Arrays.stream(event.getClass().getRecordComponents())
                .anyMatch(component -> component.getName().equals(field));
    }

    /** The event with {@code field} set to {@code value}; an {@link IllegalArgumentException} if it does not fit. */
    public static CaseEvent withValue(CaseEvent event, String field, String value) {
        ObjectNode tree = JSON.valueToTree(event);
        if (value == null) {
            tree.putNull(field);
        } else {
            tree.put(field, value);
        }
        try {
            return JSON.treeToValue(tree, event.getClass());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid value for " + field, e);
        }
    }
}
