package uk.permanence.events.consumer;

import java.time.Instant;
import java.util.List;

/**
 * A read model recomputed from a case's whole history (corrections and voids included) whenever the case has new
 * events, once per batch, so that a correction anywhere in a case's history changes everything it touched and the
 * model can be rebuilt from scratch ({@code POST /admin/rebuild}).
 */
public interface RecomputedProjection {

    /** The tables this projection owns and fills entirely by {@link #recompute}; a rebuild empties them first. */
    List<String> tables();

    /** Writes this case's rows afresh from its whole history. */
    void recompute(CaseHistory history);

    /**
     * As {@link #recompute}, because events arrived; {@code firstRecordedAt} is when the earliest of them was
     * recorded, for projections that measure their latency from it.
     */
    default void recomputeAfterNewEvents(CaseHistory history, Instant firstRecordedAt) {
        recompute(history);
    }
}
