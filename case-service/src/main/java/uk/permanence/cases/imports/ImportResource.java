package uk.permanence.cases.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/imports/{importId}}: an import's state and counts. {@code problems} and {@code conflicts} count
 * the rows of its report; a file's {@code table} and {@code rows} are known once it has been read ({@code table}
 * stays null for a table the platform does not read).
 */
public record ImportResource(UUID importId, String laCode, ImportStatus status, List<ImportedFile> files,
                             int children, int childrenImported, int childrenRefused, int childrenUnchanged,
                             int eventsAppended, int milestonesAlreadyHeld, int conflicts, int problems,
                             Instant startedAt, Instant finishedAt, String failure) {

    public record ImportedFile(String name, String table, String collectionYear, Integer rows) {
    }
}
