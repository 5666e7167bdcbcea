package uk.permanence.reporting.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.permanence.events.consumer.CaseHistory;
import uk.permanence.journey.RecordedCaseEvent;

/**
 * Turns a case's history into the versions of its read-model rows as they were known over time: the rows computed
 * from the events recorded by each moment, each kept from the recording time that made it so until a later event
 * changed it. Reports then read the rows known at any {@code asOf}, and late recording stays visible.
 */
public final class KnownVersions {

    /** One row as known from {@code knownFrom} until {@code knownUntil} (null while it is the latest). */
    public record Version<R>(R row, Instant knownFrom, Instant knownUntil) {

        Version<R> until(Instant moment) {
            return new Version<>(row, knownFrom, moment);
        }
    }

    private KnownVersions() {
    }

    /**
     * @param rowsOf   a case's rows computed from (a prefix of) its history
     * @param identity what makes a row the same row in a later version
     */
    public static <R> List<Version<R>> of(CaseHistory history, Function<CaseHistory, List<R>> rowsOf,
                                          Function<R, Object> identity) {
        List<RecordedCaseEvent> events = history.events();
        List<Version<R>> closed = new ArrayList<>();
        Map<Object, Version<R>> open = new LinkedHashMap<>();
        Instant knownFrom = Instant.MIN;
        for (int last = 0; last < events.size(); last++) {
            Instant recordedAt = events.get(last).event().recordedAt();
            knownFrom = recordedAt.isAfter(knownFrom) ? recordedAt : knownFrom;
            boolean recordedTogetherWithNext = last + 1 < events.size()
                    && events.get(last + 1).event().recordedAt().equals(recordedAt);
            if (recordedTogetherWithNext) {
                continue;
            }
            Map<Object, R> known = new LinkedHashMap<>();
            rowsOf.apply(new CaseHistory(history.caseId(), events.subList(0, last + 1)))
                    .forEach(row -> known.put(identity.apply(row), row));
            Instant moment = knownFrom;
            open.entrySet().removeIf(entry -> {
                boolean changed = !entry.getValue().row().equals(known.get(entry.getKey()));
                if (changed) {
                    closed.add(entry.getValue().until(moment));
                }
                return changed;
            });
            known.forEach((key, row) -> open.putIfAbsent(key, new Version<>(row, moment, null)));
        }
        closed.addAll(open.values());
        return closed;
    }
}
