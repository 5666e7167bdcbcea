package uk.permanence.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.permanence.events.ActionAgreed;
import uk.permanence.events.ActionCompleted;
import uk.permanence.events.ActionDropped;

/** The actions agreed for a child, folded from the case's effective history (a voided event counts for nothing). */
public final class AgreedActions {

    private AgreedActions() {
    }

    /** Every action of the case, in the order agreed. */
    public static List<AgreedAction> of(List<RecordedCaseEvent> history) {
        Map<Long, AgreedAction> actions = new LinkedHashMap<>();
        for (RecordedCaseEvent recorded : Corrections.effective(history)) {
            if (recorded.event() instanceof ActionAgreed e) {
                actions.put(e.actionId(), new AgreedAction(e.actionId(), e.what(), e.owner(), e.agreedOn(),
                        e.dueOn(), AgreedAction.Status.OPEN, null, null));
            } else if (recorded.event() instanceof ActionCompleted e) {
                actions.computeIfPresent(e.actionId(), (id, action) -> new AgreedAction(id, action.what(),
                        action.owner(), action.agreedOn(), action.dueOn(), AgreedAction.Status.DONE,
                        e.completedOn(), null));
            } else if (recorded.event() instanceof ActionDropped e) {
                actions.computeIfPresent(e.actionId(), (id, action) -> new AgreedAction(id, action.what(),
                        action.owner(), action.agreedOn(), action.dueOn(), AgreedAction.Status.DROPPED,
                        e.droppedOn(), e.reason()));
            }
        }
        return List.copyOf(actions.values());
    }
}
