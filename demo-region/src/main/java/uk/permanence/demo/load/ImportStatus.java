package uk.permanence.demo.load;

/**
 * {@code GET /api/imports/{importId}} as the command line reads it: the import's state and counts ({@code problems}
 * and {@code conflicts} count the rows of its report; {@code failure} says why a FAILED import failed).
 */
public record ImportStatus(String importId, String laCode, String status, int children, int childrenImported,
                           int childrenRefused, int childrenUnchanged, int eventsAppended, int milestonesAlreadyHeld,
                           int conflicts, int problems, String failure) {

    boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    /** Children the import has dealt with so far, out of {@link #children()}. */
    int childrenDone() {
        return childrenImported + childrenRefused + childrenUnchanged;
    }
}
