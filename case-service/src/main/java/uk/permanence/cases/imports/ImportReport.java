package uk.permanence.cases.imports;

import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/imports/{importId}/report}: every problem found in the files (with the DfE rule where one
 * applies; {@code rule} null for a row that cannot be read or a command the case refused), every conflict with what
 * the platform already holds, and the children that imported nothing.
 */
public record ImportReport(UUID importId, List<ProblemRow> problems, List<ConflictRow> conflicts,
                           List<String> refusedChildren) {

    /** {@code row} is the line of the file (its header is line 1). */
    public record ProblemRow(String child, String file, String table, Integer row, String rule, String field,
                             String message) {
    }

    /** A milestone the case already holds on another date or with another detail: reported, never overwritten. */
    public record ConflictRow(String child, String milestone, String held, String imported, String message) {
    }
}
