package uk.permanence.events.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A read model recomputed from a case's whole history (corrections and voids included) whenever the case has new
 * events, once per batch, so that a correction anywhere in a case's history changes everything it touched and the
 * model can be rebuilt from scratch ({@code POST /admin/rebuild}).
 */
public interface RecomputedProjection {

    /** The tables this projection owns and fills entirely by {@link #recompute}; a rebuild empties them first. */
    List<String> tables();

    /**
     * Queries, each of one text column, whose rows a rebuild must reproduce exactly (checked by
     * {@code GET /admin/checksum}): by default every row of this projection's tables.
     */
    default List<String> checkedRows() {
        return tables().stream().map(table -> "select checked::text from " + table + " checked").toList();
    }

    /**
     * Writes these cases' rows afresh from their whole histories: the cases of one delivered batch, or of one chunk
     * of a rebuild, so that a projection can write them all in a few statements.
     */
    void recompute(List<CaseHistory> histories);

    /**
     * As {@link #recompute}, because events arrived; {@code firstRecordedAt} gives, by case id, when the earliest
     * of them was recorded, for projections that measure their latency from it.
     */
    default void recomputeAfterNewEvents(List<CaseHistory> histories, Map<String, Instant> firstRecordedAt) {
        recompute(histories);
    }
}
