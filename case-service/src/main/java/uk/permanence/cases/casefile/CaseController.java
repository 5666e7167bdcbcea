package uk.permanence.cases.casefile;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.cases.councils.Councils;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    /** Set by the gateway from the verified token; a direct call without it records "unknown". */
    static final String USER_HEADER = "X-Permanence-User";

    private final CommandGateway commands;
    private final Councils councils;
    private final Clock clock;

    CaseController(CommandGateway commands, Councils councils, Clock clock) {
        this.commands = commands;
        this.councils = councils;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> open(@Valid @RequestBody NewCase request,
                                             @RequestHeader(value = USER_HEADER, defaultValue = "unknown") String user) {
        if (!councils.isKnown(request.laCode())) {
            throw new CaseRuleViolation("laCode", "no council with code " + request.laCode() + " is on this platform");
        }
        String caseId = CaseIds.of(request.laCode(), request.caseReference());
        commands.sendAndWait(new RecordEntryToCare(caseId, request.laCode(), request.caseReference(),
                request.dateOfBirth(), request.enteredCareOn(), request.legalStatus(), clock.instant(), user));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("caseId", caseId));
    }
}
