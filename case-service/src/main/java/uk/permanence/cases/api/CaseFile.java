package uk.permanence.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.PermanencePlan;
import uk.permanence.journey.AgreedAction;
import uk.permanence.journey.CarePeriod;
import uk.permanence.journey.Placement;
import uk.permanence.journey.Stage;

/**
 * A child's case as recorded: where the journey stands (in the current period of care), every period of care, and
 * every event with both its dates. {@code placedOn} is the current placement for adoption only (null after a
 * disruption); {@code placements} is every one, with its end; {@code actions} every action agreed for the child.
 */
record CaseFile(
        String caseId,
        String laCode,
        String caseReference,
        long version,
        Stage stage,
        PermanencePlan permanencePlan,
        PermanencePlan parallelPlan,
        LocalDate expectedDateOfBirth,
        LocalDate dateOfBirth,
        LocalDate enteredCareOn,
        LocalDate adoptionDecisionOn,
        LocalDate placementOrderOn,
        LocalDate earlyPermanencePlacementOn,
        LocalDate matchedOn,
        LocalDate placedOn,
        List<Placement> placements,
        LocalDate closedOn,
        String closedBecause,
        String socialWorker,
        String team,
        String familyFinder,
        Set<String> sharedWithVaas,
        List<CarePeriod> periodsOfCare,
        List<AgreedAction> actions,
        List<Entry> events) {

    /**
     * One recorded event. {@code status} is {@code in-effect}, {@code voided} or {@code correction};
     * {@code details} shows an in-effect event with its corrections applied.
     */
    record Entry(String eventId, long sequence, String type, LocalDate occurredOn, Instant recordedAt,
                 String recordedBy, String overrideReason, String status, CaseEvent details) {
    }
}
