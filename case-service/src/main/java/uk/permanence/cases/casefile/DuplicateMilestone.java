package uk.permanence.cases.casefile;

import java.net.URI;

/**
 * A milestone exactly like one in effect on the case, sent without {@code "newOccurrence": true}: answered with 409
 * and the problem type {@link #TYPE}, which clients test rather than the problem's words.
 */
public class DuplicateMilestone extends CaseStateConflict {

    public static final URI TYPE = URI.create("urn:permanence:problem:duplicate-milestone");

    DuplicateMilestone(String message) {
        super(message);
    }
}
