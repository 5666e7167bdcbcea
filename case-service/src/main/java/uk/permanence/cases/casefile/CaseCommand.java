package uk.permanence.cases.casefile;

import java.time.Instant;

/**
 * A command on one child's case. The server sets the case id, the recording time and the recorder; the client
 * may give an {@code overrideReason} to record a milestone that a plausibility rule would refuse.
 */
public interface CaseCommand {

    String caseId();

    Instant recordedAt();

    String recordedBy();

    String overrideReason();
}
