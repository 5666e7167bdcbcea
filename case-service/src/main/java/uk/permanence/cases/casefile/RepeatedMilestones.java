package uk.permanence.cases.casefile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import uk.permanence.events.CaseEvent;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * A milestone exactly like one in effect on the case (same type, same dates, same details; who recorded it, when,
 * and any override reason do not count) is refused with 409: it is almost always one occurrence sent twice, by a
 * client retrying under a new idempotency key or by a second user recording what a colleague already has, and
 * milestones such as reviews and decisions have no state to refuse a second one. A request for a genuinely new
 * occurrence says so ({@code "newOccurrence": true}), which the API passes as the command's
 * {@link #NEW_OCCURRENCE} metadata. A voided milestone is no longer in effect, so it may be recorded again.
 */
public final class RepeatedMilestones {

    public static final String NEW_OCCURRENCE = "newOccurrence";

    private static final Set<String> HOW_RECORDED = Set.of("recordedAt", "recordedBy", "overrideReason");

    private RepeatedMilestones() {
    }

    static void refuse(CaseEvent event, List<RecordedCaseEvent> effective) {
        if (newOccurrenceRequested()) {
            return;
        }
        effective.stream().filter(recorded -> sameOccurrence(recorded.event(), event)).findFirst()
                .ifPresent(recorded -> {
                    throw new DuplicateMilestone("The same " + event.getClass().getSimpleName()
                            + " (same dates and details) is already recorded on this case as event "
                            + recorded.sequence() + "; to record another occurrence, send \"newOccurrence\": true.");
                });
    }

    private static boolean newOccurrenceRequested() {
        return CurrentUnitOfWork.isStarted() && Boolean.TRUE.equals(
                CurrentUnitOfWork.get().getMessage().getMetaData().get(NEW_OCCURRENCE));
    }

    private static boolean sameOccurrence(CaseEvent recorded, CaseEvent event) {
        if (recorded.getClass() != event.getClass() || !event.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (!HOW_RECORDED.contains(component.getName())
                    && !Objects.equals(valueOf(component, recorded), valueOf(component, event))) {
                return false;
            }
        }
        return true;
    }

    private static Object valueOf(RecordComponent component, CaseEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event, e);
        }
    }
}
