package uk.permanence.webapp.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.permanence.webapp.DateInput;
import uk.permanence.webapp.api.AgreedAction;
import uk.permanence.webapp.api.AlertPage;
import uk.permanence.webapp.api.CaseFile;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.PlatformApi;
import uk.permanence.webapp.api.Recording;

/**
 * The tracking meeting's forms for one child: agree an action ({@code /children/{caseId}/actions/new}), complete or
 * drop one ({@code /children/{caseId}/actions/{actionId}}), and, for a team manager, acknowledge an open alert with a
 * justification and a review date ({@code /children/{caseId}/alerts/{alertId}/acknowledge}). Each posts back to
 * itself and shows the API's refusal as a GOV.UK error summary naming each wrong field; recorded, it returns to the
 * child's page. An action is agreed, done or dropped as of today, the day of the meeting.
 */
@Controller
class ActionsController {

    private static final String DUE = "the due date";
    private static final String REVIEW = "the review date";
    private static final Map<String, String[]> AGREE_FIELDS = Map.of(
            "what", new String[] {"what", "What is to be done", "what"},
            "owner", new String[] {"owner", "Who will do it", "owner"},
            "dueOn", new String[] {"dueOn", "Due by", "dueOn-day"},
            "agreedOn", new String[] {"dueOn", "The day it was agreed", "dueOn-day"});
    private static final Map<String, String[]> CLOSE_FIELDS = Map.of(
            "status", new String[] {"outcome", "What happened", "outcome"},
            "reason", new String[] {"reason", "Why it was dropped", "reason"},
            "completedOn", new String[] {"outcome", "The day it was done", "outcome"},
            "droppedOn", new String[] {"outcome", "The day it was dropped", "outcome"});
    private static final Map<String, String[]> ACKNOWLEDGE_FIELDS = Map.of(
            "justification", new String[] {"justification", "Why it can wait", "justification"},
            "reviewOn", new String[] {"reviewOn", "Review date", "reviewOn-day"});

    private final PlatformApi api;
    private final Caller caller;
    private final Clock clock;

    ActionsController(PlatformApi api, Caller caller, Clock clock) {
        this.api = api;
        this.caller = caller;
        this.clock = clock;
    }

    // ---- agreeing an action ----

    @GetMapping("/children/{caseId}/actions/new")
    String newAction(@PathVariable String caseId, Model model) {
        mayAgree();
        return agreeForm(child(caseId), Map.of(), new FormErrors(), UUID.randomUUID().toString(), model);
    }

    @PostMapping("/children/{caseId}/actions")
    String agree(@PathVariable String caseId, @RequestParam Map<String, String> form, Model model,
                 HttpServletResponse response) {
        mayAgree();
        CaseFile child = child(caseId);
        FormErrors errors = new FormErrors();
        DateInput.Read due = new DateInput(form.get("dueOn-day"), form.get("dueOn-month"), form.get("dueOn-year"))
                .read(DUE);
        if (!due.valid()) {
            errors.add("dueOn", "dueOn-day", due.error());
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("agreedOn", LocalDate.now(clock).toString());
            body.put("what", form.getOrDefault("what", ""));
            body.put("owner", form.getOrDefault("owner", ""));
            body.put("dueOn", due.date().toString());
            Recording recording = api.agreeAction(caseId, body, idempotencyKey(form));
            if (recording.recorded()) {
                return "redirect:/children/" + caseId + "#actions";
            }
            errors.add(recording.problem(), AGREE_FIELDS);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return agreeForm(child, form, errors, idempotencyKey(form), model);
    }

    private String agreeForm(CaseFile child, Map<String, String> form, FormErrors errors, String key, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("idempotencyKey", key);
        return "meeting/action-new";
    }

    // ---- completing or dropping it ----

    @GetMapping("/children/{caseId}/actions/{actionId}")
    String closeForm(@PathVariable String caseId, @PathVariable long actionId, Model model) {
        mayAgree();
        CaseFile child = child(caseId);
        return closeForm(child, openAction(child, actionId), Map.of(), new FormErrors(),
                UUID.randomUUID().toString(), model);
    }

    @PostMapping("/children/{caseId}/actions/{actionId}")
    String close(@PathVariable String caseId, @PathVariable long actionId, @RequestParam Map<String, String> form,
                 Model model, HttpServletResponse response) {
        mayAgree();
        CaseFile child = child(caseId);
        AgreedAction action = openAction(child, actionId);
        FormErrors errors = new FormErrors();
        String outcome = form.getOrDefault("outcome", "");
        if (!outcome.equals("DONE") && !outcome.equals("DROPPED")) {
            errors.add("outcome", "outcome", "Choose whether the action was done or dropped");
        } else if (outcome.equals("DROPPED") && form.getOrDefault("reason", "").isBlank()) {
            errors.add("reason", "reason", "Enter why the action was dropped");
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", outcome);
            body.put(outcome.equals("DONE") ? "completedOn" : "droppedOn", LocalDate.now(clock).toString());
            if (outcome.equals("DROPPED")) {
                body.put("reason", form.get("reason"));
            }
            Recording recording = api.closeAction(caseId, actionId, body, idempotencyKey(form));
            if (recording.recorded()) {
                return "redirect:/children/" + caseId + "#actions";
            }
            errors.add(recording.problem(), CLOSE_FIELDS);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return closeForm(child, action, form, errors, idempotencyKey(form), model);
    }

    private String closeForm(CaseFile child, AgreedAction action, Map<String, String> form, FormErrors errors,
                             String key, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("idempotencyKey", key);
        return "meeting/action-close";
    }

    // ---- acknowledging an alert ----

    @GetMapping("/children/{caseId}/alerts/{alertId}/acknowledge")
    String acknowledgeForm(@PathVariable String caseId, @PathVariable long alertId, Model model) {
        mayAcknowledge();
        CaseFile child = child(caseId);
        return acknowledgeForm(child, openAlert(caseId, alertId), Map.of(), new FormErrors(), model);
    }

    @PostMapping("/children/{caseId}/alerts/{alertId}/acknowledge")
    String acknowledge(@PathVariable String caseId, @PathVariable long alertId,
                       @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        mayAcknowledge();
        CaseFile child = child(caseId);
        AlertPage.Alert alert = openAlert(caseId, alertId);
        FormErrors errors = new FormErrors();
        if (form.getOrDefault("justification", "").isBlank()) {
            errors.add("justification", "justification", "Enter why the alert can wait until the review date");
        }
        DateInput.Read review = new DateInput(form.get("reviewOn-day"), form.get("reviewOn-month"),
                form.get("reviewOn-year")).read(REVIEW);
        if (!review.valid()) {
            errors.add("reviewOn", "reviewOn-day", review.error());
        }
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("justification", form.get("justification"));
            body.put("reviewOn", review.date().toString());
            Recording recording = api.acknowledgeAlert(alertId, body);
            if (recording.recorded()) {
                return "redirect:/children/" + caseId + "#alerts";
            }
            errors.add(recording.problem(), ACKNOWLEDGE_FIELDS);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return acknowledgeForm(child, alert, form, errors, model);
    }

    private String acknowledgeForm(CaseFile child, AlertPage.Alert alert, Map<String, String> form,
                                   FormErrors errors, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("alert", alert);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meeting/acknowledge";
    }

    // ---- what every form needs ----

    private CaseFile child(String caseId) {
        CaseFile child = api.caseFile(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (child.sharedView()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return child;
    }

    private static AgreedAction openAction(CaseFile child, long actionId) {
        return child.actions().stream().filter(action -> action.actionId() == actionId && action.open())
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AlertPage.Alert openAlert(String caseId, long alertId) {
        return api.openAlerts(caseId).items().stream().filter(alert -> alert.alertId() == alertId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void mayAgree() {
        if (!MeetingRights.mayAgreeActions(caller.current().role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private void mayAcknowledge() {
        if (!MeetingRights.mayAcknowledge(caller.current().role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The form's own key, so that sending it twice records once; a new one when it has none. */
    private static String idempotencyKey(Map<String, String> form) {
        String key = form.get("idempotencyKey");
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }
}
