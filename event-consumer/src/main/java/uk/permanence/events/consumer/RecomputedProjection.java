package uk.permanence.events.consumer;

import java.util.List;

/**
 * A read model that can recompute a case from the journal of its events, so that it can be rebuilt from scratch
 * ({@code POST /admin/rebuild}) and a correction anywhere in a case's history changes everything it touched.
 */
public interface RecomputedProjection extends CaseEventProjection {

    /** The tables this projection owns and fills entirely by {@link #recompute}; a rebuild empties them first. */
    List<String> tables();

    /** Writes this case's rows afresh from its whole history. */
    void recompute(String caseId);
}
