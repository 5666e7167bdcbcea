package uk.permanence.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.EventCorrected;
import uk.permanence.events.EventVoided;
import uk.permanence.journey.AgreedActions;
import uk.permanence.journey.CaseJourney;
import uk.permanence.journey.RecordedCaseEvent;

/** Reads a case file from the event store, now or as it was known at a past moment. */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseFileController {

    private final CaseOwners owners;

    CaseFileController(CaseOwners owners) {
        this.owners = owners;
    }

    /** The whole case file; a VAA the case is shared with gets only what family-finding needs. */
    @GetMapping
    ResponseEntity<?> caseFile(@PathVariable String caseId, Tenant tenant) {
        List<RecordedCaseEvent> history = owners.history(caseId);
        if (!history.isEmpty() && !tenant.canSee(history.get(0).event().laCode())) {
            CaseJourney journey = CaseJourney.of(history);
            if (tenant.isSharedWith(journey.sharedWithVaas())) {
                long version = history.get(history.size() - 1).sequence();
                return ResponseEntity.ok().eTag(Versions.etag(version)).body(SharedCase.of(caseId, version, journey));
            }
        }
        return respond(caseId, Instant.MAX, tenant);
    }

    @GetMapping("/history")
    ResponseEntity<CaseFile> history(@PathVariable String caseId, @RequestParam Instant asOf, Tenant tenant) {
        return respond(caseId, asOf, tenant);
    }

    /** Another council's case answers 404, exactly as a case that does not exist. */
    private ResponseEntity<CaseFile> respond(String caseId, Instant asOf, Tenant tenant) {
        List<RecordedCaseEvent> history = owners.history(caseId).stream()
                .filter(recorded -> !recorded.event().recordedAt().isAfter(asOf))
                .toList();
        if (history.isEmpty() || !tenant.canSee(history.get(0).event().laCode())) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        CaseFile file = toCaseFile(caseId, history);
        return ResponseEntity.ok().eTag(Versions.etag(file.version())).body(file);
    }

    private static CaseFile toCaseFile(String caseId, List<RecordedCaseEvent> history) {
        CaseJourney journey = CaseJourney.of(history);
        Map<String, CaseEvent> effective = CaseJourney.effective(history).stream()
                .collect(Collectors.toMap(RecordedCaseEvent::eventId, RecordedCaseEvent::event));
        List<CaseFile.Entry> entries = history.stream().map(recorded -> {
            CaseEvent event = recorded.event();
            boolean correction = event instanceof EventCorrected || event instanceof EventVoided;
            String status = correction ? "correction" : effective.containsKey(recorded.eventId()) ? "in-effect"
                    : "voided";
            return new CaseFile.Entry(recorded.eventId(), recorded.sequence(),
                    CaseEventTypes.wireNameOf(event.getClass()), event.occurredOn(), event.recordedAt(),
                    event.recordedBy(), event.overrideReason(), status,
                    effective.getOrDefault(recorded.eventId(), event));
        }).toList();
        return new CaseFile(caseId, journey.laCode(), journey.caseReference(),
                history.get(history.size() - 1).sequence(), journey.stage(), journey.permanencePlan(),
                journey.parallelPlan(), journey.expectedDateOfBirth(), journey.dateOfBirth(), journey.enteredCareOn(),
                journey.adoptionDecisionOn(), journey.placementOrderOn(), journey.earlyPermanencePlacementOn(),
                journey.matchedOn(), journey.placedOn(), journey.placements(), journey.closedOn(),
                journey.closedBecause(), journey.socialWorker(), journey.team(), journey.familyFinder(),
                journey.sharedWithVaas(), journey.periodsOfCare(), AgreedActions.of(history), entries);
    }
}
