package uk.permanence.events;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an event written at an older revision is read as the current one: each change to an event's fields adds one
 * {@link Step} from the revision before to its own (event-contract/README.md, "Changing an event"). An event at a
 * revision no chain of steps leads from, such as one newer than this contract, is refused rather than misread.
 */
public final class CaseEventUpcasters {

    /** The steps of this version of the contract: no event has changed since revision 1. */
    public static final CaseEventUpcasters OF_THE_CONTRACT = new CaseEventUpcasters(List.of());

    /** Turns {@code type}'s payload at {@code fromRevision} into its payload at {@code toRevision}. */
    public record Step(String type, String fromRevision, String toRevision, UnaryOperator<ObjectNode> change) {
    }

    /** An event at a revision this contract cannot read. */
    public static final class UnknownRevision extends IllegalArgumentException {
        UnknownRevision(String type, String revision, String current) {
            super(type + " revision " + revision + " cannot be read as revision " + current + " (no upcaster)");
        }
    }

    private final Map<String, Step> steps;

    public CaseEventUpcasters(List<Step> steps) {
        this.steps = steps.stream().collect(Collectors.toMap(step -> key(step.type(), step.fromRevision()),
                Function.identity()));
    }

    JsonNode toCurrent(String type, String revision, String current, JsonNode payload) {
        JsonNode upcast = payload;
        for (String at = revision; !at.equals(current); ) {
            Step step = steps.get(key(type, at));
            if (step == null) {
                throw new UnknownRevision(type, revision, current);
            }
            upcast = step.change().apply(((ObjectNode) upcast).deepCopy());
            at = step.toRevision();
        }
        return upcast;
    }

    private static String key(String type, String revision) {
        return type + "@" + revision;
    }
}
