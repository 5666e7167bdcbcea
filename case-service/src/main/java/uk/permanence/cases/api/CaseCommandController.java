package uk.permanence.cases.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.permanence.cases.casefile.AgreeAction;
import uk.permanence.cases.casefile.CaseCommand;
import uk.permanence.cases.casefile.CaseIds;
import uk.permanence.cases.casefile.CaseRuleViolation;
import uk.permanence.cases.casefile.CompleteAction;
import uk.permanence.cases.casefile.DropAction;
import uk.permanence.cases.casefile.FieldError;
import uk.permanence.cases.casefile.MilestoneCommands;
import uk.permanence.cases.casefile.RecordEntryToCare;
import uk.permanence.cases.casefile.RepeatedMilestones;
import uk.permanence.cases.casefile.TrackUnbornChild;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;

/**
 * Every write to a case. Responses carry the case's version as an ETag; a command sent with {@code If-Match} of a
 * stale version is refused with 412, and one sent again with the same {@code Idempotency-Key} by the same client gets
 * the original answer. A milestone exactly like one already on the case is refused with 409 unless its body says
 * {@code "newOccurrence": true}.
 */
@RestController
@RequestMapping("/api/cases")
class CaseCommandController {

    private static final String NEW_OCCURRENCE = RepeatedMilestones.NEW_OCCURRENCE;

    private final CommandReader reader;
    private final CaseCommands commands;
    private final CaseOwners owners;
    private final Councils councils;
    private final Clock clock;

    CaseCommandController(CommandReader reader, CaseCommands commands, CaseOwners owners, Councils councils,
                          Clock clock) {
        this.reader = reader;
        this.commands = commands;
        this.owners = owners;
        this.councils = councils;
        this.clock = clock;
    }

    /** What a recorded command answers: the case and its new version (also its ETag). */
    record Recorded(String caseId, long version) {
    }

    @PostMapping
    ResponseEntity<Recorded> enterCare(@RequestBody JsonNode body, Tenant tenant,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        return open(RecordEntryToCare.class, body, tenant, idempotencyKey);
    }

    @PostMapping("/unborn")
    ResponseEntity<Recorded> trackUnborn(@RequestBody JsonNode body, Tenant tenant,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        return open(TrackUnbornChild.class, body, tenant, idempotencyKey);
    }

    @PostMapping("/{caseId}/{milestone}")
    ResponseEntity<Recorded> record(@PathVariable String caseId, @PathVariable String milestone,
            @RequestBody JsonNode body, Tenant tenant,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        // checked before the body, so that a case one may not see answers exactly like one that does not exist
        CaseOwners.Owners caseOwners = owners.of(caseId).filter(owner -> owner.visibleTo(tenant))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        Class<? extends CaseCommand> type = MilestoneCommands.forPath(milestone)
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        if (!caseOwners.seenInFullBy(tenant) && !MilestoneCommands.FAMILY_FINDING.contains(milestone)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN);
        }
        boolean newOccurrence = newOccurrence(body);
        CaseCommand command = reader.read(type, withoutNewOccurrence(body), caseId, Versions.fromIfMatch(ifMatch),
                tenant.user(), clock.instant());
        CommandOutcome outcome = commands.send(command, HttpStatus.OK.value(), tenant, idempotencyKey,
                "POST " + caseId + "/" + milestone + " " + body, newOccurrence);
        return respond(outcome, ResponseEntity.status(outcome.status()));
    }

    /** Agrees an action for the child; its id is the sequence number of the event that agreed it. */
    @PostMapping("/{caseId}/actions")
    ResponseEntity<ActionAgreedAnswer> agreeAction(@PathVariable String caseId, @RequestBody JsonNode body,
            Tenant tenant, @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        seenInFull(caseId, tenant);
        CaseCommand command = reader.read(AgreeAction.class, body, caseId, Versions.fromIfMatch(ifMatch),
                tenant.user(), clock.instant());
        CommandOutcome outcome = commands.send(command, HttpStatus.CREATED.value(), tenant, idempotencyKey,
                "POST " + caseId + "/actions " + body, false);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(outcome.status())
                .location(URI.create("/api/cases/" + caseId + "/actions/" + outcome.version()))
                .eTag(Versions.etag(outcome.version()));
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(new ActionAgreedAnswer(caseId, outcome.version(), outcome.version()));
    }

    /** Completes ({@code "status": "DONE"}) or drops ({@code "status": "DROPPED"}, with a reason) an open action. */
    @PatchMapping("/{caseId}/actions/{actionId}")
    ResponseEntity<Recorded> closeAction(@PathVariable String caseId, @PathVariable String actionId,
            @RequestBody(required = false) JsonNode body, Tenant tenant,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        seenInFull(caseId, tenant);
        if (!actionId.matches("\\d{1,18}")) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequest(List.of(new FieldError("body", "must be a JSON object")));
        }
        String status = body.path("status").asString("");
        Class<? extends CaseCommand> type = switch (status) {
            case "DONE" -> CompleteAction.class;
            case "DROPPED" -> DropAction.class;
            default -> throw new InvalidRequest(List.of(new FieldError("status", "must be DONE or DROPPED")));
        };
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        fields.remove("status");
        fields.put("actionId", Long.parseLong(actionId));
        CaseCommand command = reader.read(type, fields, caseId, Versions.fromIfMatch(ifMatch), tenant.user(),
                clock.instant());
        CommandOutcome outcome = commands.send(command, HttpStatus.OK.value(), tenant, idempotencyKey,
                "PATCH " + caseId + "/actions/" + actionId + " " + body, false);
        return respond(outcome, ResponseEntity.status(outcome.status()));
    }

    /** The action just agreed: its id, and the case's version after it. */
    record ActionAgreedAnswer(String caseId, long version, long actionId) {
    }

    /**
     * A case one may not see answers exactly like one that does not exist; a VAA it is shared with may not agree or
     * close its actions.
     */
    private void seenInFull(String caseId, Tenant tenant) {
        CaseOwners.Owners caseOwners = owners.of(caseId).filter(owner -> owner.visibleTo(tenant))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        if (!caseOwners.seenInFullBy(tenant)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN);
        }
    }

    private <C extends CaseCommand> ResponseEntity<Recorded> open(Class<C> type, JsonNode body,
            Tenant tenant, String idempotencyKey) {
        String laCode = body.path("laCode").asString("");
        String caseId = CaseIds.of(laCode, body.path("caseReference").asString(""));
        C command = reader.read(type, body, caseId, null, tenant.user(), clock.instant());
        if (!councils.isKnown(laCode)) {
            throw new CaseRuleViolation("laCode", "no council with code " + laCode + " is on this platform");
        }
        if (!tenant.canSee(laCode)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN);
        }
        CommandOutcome outcome = commands.send(command, HttpStatus.CREATED.value(), tenant, idempotencyKey,
                "POST " + type.getSimpleName() + " " + body, false);
        return respond(outcome, ResponseEntity.status(outcome.status())
                .location(URI.create("/api/cases/" + outcome.caseId())));
    }

    private static boolean newOccurrence(JsonNode body) {
        JsonNode flag = body == null ? null : body.get(NEW_OCCURRENCE);
        if (flag == null || flag.isNull()) {
            return false;
        }
        if (!flag.isBoolean()) {
            throw new InvalidRequest(List.of(new FieldError(NEW_OCCURRENCE, "must be true or false")));
        }
        return flag.booleanValue();
    }

    private static JsonNode withoutNewOccurrence(JsonNode body) {
        if (!(body instanceof ObjectNode fields) || !fields.has(NEW_OCCURRENCE)) {
            return body;
        }
        ObjectNode copy = fields.deepCopy();
        copy.remove(NEW_OCCURRENCE);
        return copy;
    }

    private static ResponseEntity<Recorded> respond(CommandOutcome outcome,
                                                               ResponseEntity.BodyBuilder response) {
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.eTag(Versions.etag(outcome.version()))
                .body(new Recorded(outcome.caseId(), outcome.version()));
    }
}
