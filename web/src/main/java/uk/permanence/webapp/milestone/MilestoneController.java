package uk.permanence.webapp.milestone;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.PlatformApi;
import uk.permanence.webapp.api.Problem;
import uk.permanence.webapp.api.RecordedCase;
import uk.permanence.webapp.api.Recording;

/**
 * Recording a milestone on a child's case, and correcting or voiding an event of its timeline. Each form is shown
 * with the case's version (sent back as {@code If-Match}) and an idempotency key of its own (so that a double submit
 * records once); a refusal redisplays the form with what the person entered, the API's problem as the error summary
 * and inline errors, and what the refusal offers: recording anyway with a reason, another occurrence, or, when
 * someone else recorded on the case meanwhile, what they recorded and the form again on the case's new version.
 */
@Controller
class MilestoneController {

    private static final String CHILD = "/children/{caseId}";
    private static final String PERMANENCE = "permanence";
    /** Offered once the API answered that only plausibility rules refused. */
    private static final Field OVERRIDE_REASON = Field.longText("overrideReason", "Why record it anyway?",
            "Your reason is kept with the milestone").optional();
    private static final String NEW_OCCURRENCE = "newOccurrence";
    /** The type of case-service's problem for a milestone like one already in effect (the API's openapi.yaml). */
    static final String DUPLICATE_MILESTONE = "urn:permanence:problem:duplicate-milestone";
    private static final String VERSION = "version";
    private static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private final PlatformApi api;
    private final Milestones milestones;
    private final EventForms eventForms;
    private final Caller caller;
    private final Clock clock;

    MilestoneController(PlatformApi api, Milestones milestones, EventForms eventForms, Caller caller, Clock clock) {
        this.api = api;
        this.milestones = milestones;
        this.eventForms = eventForms;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping(CHILD + "/milestones")
    String choose(@PathVariable String caseId,
                  Model model) {
        RecordedCase child = child(caseId);
        Map<String, List<Milestone>> byGroup = new LinkedHashMap<>();
        milestones.recordableIn(child.sharedView(), role())
                .forEach(milestone -> byGroup.computeIfAbsent(milestone.group(), group -> new ArrayList<>())
                        .add(milestone));
        model.addAttribute("child", child);
        model.addAttribute("groups", byGroup);
        return "milestone/choose";
    }

    @GetMapping(CHILD + "/milestones/{milestone}")
    String milestoneForm(@PathVariable String caseId, @PathVariable String milestone,
                         Model model) {
        RecordedCase child = child(caseId);
        return blank(model, child, RecordingForm.of(recordable(child, milestone)), Map.of());
    }

    @PostMapping(CHILD + "/milestones/{milestone}")
    String recordMilestone(@PathVariable String caseId, @PathVariable String milestone,
                           @RequestParam Map<String, String> input, Model model, RedirectAttributes redirect) {
        RecordedCase child = child(caseId);
        return record(model, redirect, child, RecordingForm.of(recordable(child, milestone)), input);
    }

    @GetMapping(CHILD + "/events/{sequence}/void")
    String voidForm(@PathVariable String caseId, @PathVariable long sequence, Model model) {
        mayVoid();
        RecordedCase child = child(caseId);
        return blank(model, child, eventForms.voiding(inEffect(child, sequence)), today("voidedOn"));
    }

    @PostMapping(CHILD + "/events/{sequence}/void")
    String voidEvent(@PathVariable String caseId, @PathVariable long sequence,
                     @RequestParam Map<String, String> input, Model model, RedirectAttributes redirect) {
        mayVoid();
        RecordedCase child = child(caseId);
        return record(model, redirect, child, eventForms.voiding(inEffect(child, sequence)), input);
    }

    /** First which field is wrong (a choice of the event's fields), then its new value. */
    @GetMapping(CHILD + "/events/{sequence}/correct")
    String correctionForm(@PathVariable String caseId, @PathVariable long sequence,
                          @RequestParam(required = false) String field,
                          @RequestParam(required = false) String chosen, Model model) {
        mayCorrect();
        RecordedCase child = child(caseId);
        RecordedCase.Event event = inEffect(child, sequence);
        if (field != null && !field.isBlank()) {
            RecordingForm form = eventForms.correction(event, field)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return blank(model, child, form, today("correctedOn"));
        }
        model.addAttribute("child", child);
        model.addAttribute("event", event);
        model.addAttribute("correctable", eventForms.correctable(event));
        model.addAttribute("unchosen", chosen != null);
        return "milestone/correct-field";
    }

    @PostMapping(CHILD + "/events/{sequence}/correct")
    String correctEvent(@PathVariable String caseId, @PathVariable long sequence, @RequestParam String field,
                        @RequestParam Map<String, String> input, Model model, RedirectAttributes redirect) {
        mayCorrect();
        RecordedCase child = child(caseId);
        RecordingForm form = eventForms.correction(inEffect(child, sequence), field)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return record(model, redirect, child, form, input);
    }

    /** A form as first shown: on the case's version now, with a new idempotency key. */
    private String blank(Model model, RecordedCase child, RecordingForm form, Map<String, String> values) {
        return show(model, new FormPage(child, form, action(), form.fields(), values, Map.of(), List.of(), false,
                false, List.of(), child.version(), UUID.randomUUID().toString()));
    }

    private String record(Model model, RedirectAttributes redirect, RecordedCase child, RecordingForm form,
                          Map<String, String> input) {
        long version = Long.parseLong(input.getOrDefault(VERSION, String.valueOf(child.version())));
        String key = input.getOrDefault(IDEMPOTENCY_KEY, "");
        if (key.isBlank()) {
            key = UUID.randomUUID().toString();
        }
        boolean overrideOffered = input.containsKey(OVERRIDE_REASON.name());
        List<Field> fields = withOverride(form.fields(), overrideOffered);
        FormInput.Reading reading = FormInput.read(fields, input);
        if (!reading.errors().isEmpty()) {
            return refused(model, child, form, fields, input, reading.errors(), List.of(), false, false, List.of(),
                    version, key);
        }
        Map<String, Object> body = new LinkedHashMap<>(form.fixed());
        body.putAll(reading.body());
        if (Milestones.CORRECTIONS.equals(form.milestone()) && body.containsKey("value")) {
            // the API's CorrectEvent takes the new value as text, whatever the field's type
            body.put("value", String.valueOf(body.get("value")));
        }
        if ("true".equals(input.get(NEW_OCCURRENCE))) {
            body.put(NEW_OCCURRENCE, true);
        }
        Recording recording = api.record(child.caseId(), form.milestone(), body, key, version);
        if (recording.recorded()) {
            redirect.addFlashAttribute("recorded", form.recorded());
            return "redirect:/children/" + child.caseId();
        }
        Problem problem = recording.problem();
        return switch (recording.status()) {
            case 404 -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case 412 -> {
                RecordedCase now = child(child.caseId());
                yield refused(model, now, form, fields, input, Map.of(), List.of(), false, false,
                        now.since(version), now.version(), key);
            }
            case 409 -> {
                boolean duplicate = DUPLICATE_MILESTONE.equals(problem.type());
                yield refused(model, child, form, fields, input, Map.of(),
                        duplicate ? List.of() : List.of(detail(problem)), false, duplicate, List.of(), version, key);
            }
            case 400, 422 -> {
                List<Field> offered = withOverride(form.fields(), overrideOffered || problem.overridable());
                Map<String, String> errors = new LinkedHashMap<>();
                List<FormPage.SummaryItem> others = new ArrayList<>();
                for (Problem.FieldError error : problem.errors()) {
                    Field field = offered.stream().filter(candidate -> candidate.name().equals(error.field()))
                            .findFirst().orElse(null);
                    if (field == null) {
                        others.add(new FormPage.SummaryItem(error.field(), error.field() + " " + error.message(),
                                null));
                    } else {
                        errors.merge(field.name(), worded(error.message()), (first, next) -> first + "; " + next);
                    }
                }
                if (errors.isEmpty() && others.isEmpty()) {
                    others.add(detail(problem));
                }
                yield refused(model, child, form, offered, input, errors, others, problem.overridable(), false,
                        List.of(), version, key);
            }
            case 403 -> refused(model, child, form, fields, input, Map.of(), List.of(new FormPage.SummaryItem(null,
                    "You may not record this for this child; nothing was recorded.", null)), false, false,
                    List.of(), version, key);
            default -> refused(model, child, form, fields, input, Map.of(), List.of(new FormPage.SummaryItem(null,
                    "The platform could not record this just now (" + recording.status()
                            + "); nothing was recorded. Try again.", null)), false, false, List.of(), version, key);
        };
    }

    /** The form again with what was entered, the errors inline and in the summary (fields first, in form order). */
    private String refused(Model model, RecordedCase child, RecordingForm form, List<Field> fields,
                           Map<String, String> input, Map<String, String> errors, List<FormPage.SummaryItem> others,
                           boolean overridable, boolean duplicate, List<RecordedCase.Event> recordedSince,
                           long version, String key) {
        List<FormPage.SummaryItem> summary = new ArrayList<>();
        Map<String, String> inline = new LinkedHashMap<>();
        for (Field field : fields) {
            String error = errors.get(field.name());
            if (error != null) {
                String text = field.label() + " " + error;
                inline.put(field.name(), text);
                summary.add(new FormPage.SummaryItem(field.name(), text, "#" + field.anchor()));
            }
        }
        summary.addAll(others);
        return show(model, new FormPage(child, form, action(), fields, input, inline, summary, overridable,
                duplicate, recordedSince, version, key));
    }

    private String show(Model model, FormPage page) {
        model.addAttribute("child", page.child());
        model.addAttribute("page", page);
        return "milestone/form";
    }

    private static FormPage.SummaryItem detail(Problem problem) {
        return new FormPage.SummaryItem(null, problem.detail() == null
                ? "The platform refused this (" + problem.status() + "); nothing was recorded." : problem.detail(),
                null);
    }

    /** The API's validation words for a missing value, as a person reads them. */
    private static String worded(String message) {
        return switch (message) {
            case "must not be null", "must not be blank", "must not be empty" -> "must be given";
            default -> message;
        };
    }

    private static List<Field> withOverride(List<Field> fields, boolean offered) {
        if (!offered) {
            return fields;
        }
        List<Field> with = new ArrayList<>(fields);
        with.add(OVERRIDE_REASON);
        return with;
    }

    /** The form posts back to the address it was shown at (with a correction's chosen field). */
    private static String action() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private Map<String, String> today(String field) {
        LocalDate today = LocalDate.now(clock);
        return Map.of(field + "-day", String.valueOf(today.getDayOfMonth()),
                field + "-month", String.valueOf(today.getMonthValue()),
                field + "-year", String.valueOf(today.getYear()));
    }

    private RecordedCase child(String caseId) {
        return api.recordedCase(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A milestone the person may record on this case; the others are not offered. */
    private Milestone recordable(RecordedCase child, String path) {
        return milestones.recordableIn(child.sharedView(), role()).stream()
                .filter(milestone -> milestone.path().equals(path))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Correcting is not offered to a role the API refuses it; typing its address is refused the same. */
    private void mayCorrect() {
        if (!milestones.eventActions(role()).correct()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private void mayVoid() {
        if (!milestones.eventActions(role()).voids()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The person's role, to offer what it may record; unknown when their token cannot be read (offer everything). */
    private Optional<String> role() {
        Caller.Claims claims = caller.current();
        return claims.known() ? Optional.of(claims.role()) : Optional.empty();
    }

    private static RecordedCase.Event inEffect(RecordedCase child, long sequence) {
        if (child.sharedView()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return child.events().stream().filter(event -> event.sequence() == sequence && event.inEffect()).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
