package uk.permanence.cases.api;

import java.time.LocalDate;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.Stage;

/**
 * What a VAA sees of a child shared with it: enough to family-find and to record links, matches and placements,
 * and nothing of the case's history, workers or plan.
 */
record SharedCase(String caseId, String laCode, String caseReference, long version, Stage stage,
                  LocalDate dateOfBirth, LocalDate expectedDateOfBirth, LocalDate placementOrderOn,
                  LocalDate matchedOn, LocalDate placedOn) {

    static SharedCase of(String caseId, long version, CaseJourney journey) {
        return new SharedCase(caseId, journey.laCode(), journey.caseReference(), version, journey.stage(),
                journey.dateOfBirth(), journey.expectedDateOfBirth(), journey.placementOrderOn(),
                journey.matchedOn(), journey.placedOn());
    }
}
