package uk.permanence.journey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.EventVoided;

/**
 * History is never rewritten: corrections and voids are events of their own. This gives the effective history
 * that every view computes from: each event with its corrections applied in order, voided events left out.
 */
public final class Corrections {

    private Corrections() {
    }

    public static List<RecordedCaseEvent> effective(List<RecordedCaseEvent> history) {
        Set<Long> voided = new HashSet<>();
        Map<Long, List<EventCorrected>> corrections = new LinkedHashMap<>();
        for (RecordedCaseEvent recorded : history) {
            if (recorded.event() instanceof EventVoided voiding) {
                voided.add(voiding.voidedSequence());
            } else if (recorded.event() instanceof EventCorrected correction) {
                corrections.computeIfAbsent(correction.correctedSequence(), id -> new ArrayList<>()).add(correction);
            }
        }
        List<RecordedCaseEvent> effective = new ArrayList<>();
        for (RecordedCaseEvent recorded : history) {
            if (isCorrectionOrVoid(recorded) || voided.contains(recorded.sequence())) {
                continue;
            }
            RecordedCaseEvent current = recorded;
            for (EventCorrected correction : corrections.getOrDefault(recorded.sequence(), List.of())) {
                current = new RecordedCaseEvent(current.eventId(), current.sequence(),
                        EventFields.withValue(current.event(), correction.field(), correction.value()));
            }
            effective.add(current);
        }
        return effective;
    }

    public static boolean isCorrectionOrVoid(RecordedCaseEvent recorded) {
        return recorded.event() instanceof EventCorrected || recorded.event() instanceof EventVoided;
    }
}
