package uk.permanence.webapp.alerts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.permanence.webapp.api.AlertList;
import uk.permanence.webapp.api.ApiProblem;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.PlatformApi;

/**
 * Open alerts, {@code /alerts}: those of a council, team or worker, of a kind and severity, most severe first, 25
 * a page, each linked to its child by case reference. The filters are a GET form; a filter the API refuses is
 * named in the error summary as the API words it.
 */
@Controller
class AlertsController {

    static final int PAGE_SIZE = 25;
    static final List<String> KINDS = List.of("STATUTORY", "PERFORMANCE_THRESHOLD", "PRACTICE_STANDARD", "PROJECTED");
    static final List<String> SEVERITIES = List.of("OVERDUE", "DUE_SOON", "NOTICE", "PROJECTED");

    private final PlatformApi api;
    private final Caller caller;

    AlertsController(PlatformApi api, Caller caller) {
        this.api = api;
        this.caller = caller;
    }

    /** One row: the alert and its child's case reference (null if the caller may not read the case file). */
    record Row(AlertList.Item alert, String caseReference) {

        /** Days past the due date; 0 when not yet due. */
        public long daysOverdue() {
            return Math.max(0, -alert.daysLeft());
        }
    }

    @GetMapping("/alerts")
    String alerts(@RequestParam(required = false) String la, @RequestParam(required = false) String team,
                  @RequestParam(required = false) String worker, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String severity, @RequestParam(defaultValue = "1") int page,
                  Model model, HttpServletResponse response) {
        PlatformApi.Scope scope = new PlatformApi.Scope(la, team, worker);
        String kindChosen = blankAsNull(kind);
        String severityChosen = blankAsNull(severity);
        int currentPage = Math.max(page, 1);
        model.addAttribute("scope", scope);
        model.addAttribute("kind", kindChosen);
        model.addAttribute("severity", severityChosen);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("severities", SEVERITIES);
        model.addAttribute("councils", caller.current().councils());
        try {
            AlertList answer = api.openAlerts(scope, kindChosen, severityChosen, currentPage - 1, PAGE_SIZE);
            Map<String, String> references = api.caseReferences(
                    answer.items().stream().map(AlertList.Item::caseId).toList());
            model.addAttribute("rows", answer.items().stream()
                    .map(alert -> new Row(alert, references.get(alert.caseId()))).toList());
            model.addAttribute("total", answer.total());
            long pages = Math.max(1, (answer.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("page", currentPage);
            model.addAttribute("pages", pages);
            model.addAttribute("previous", currentPage > 1 ? link(scope, kindChosen, severityChosen, currentPage - 1)
                    : null);
            model.addAttribute("next", currentPage < pages ? link(scope, kindChosen, severityChosen, currentPage + 1)
                    : null);
        } catch (ApiProblem problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
        }
        return "alerts/alerts";
    }

    private static String link(PlatformApi.Scope scope, String kind, String severity, int page) {
        return UriComponentsBuilder.fromPath("/alerts")
                .queryParamIfPresent("la", Optional.ofNullable(scope.la()))
                .queryParamIfPresent("team", Optional.ofNullable(scope.team()))
                .queryParamIfPresent("worker", Optional.ofNullable(scope.worker()))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParamIfPresent("severity", Optional.ofNullable(severity))
                .queryParam("page", page)
                .encode().build().toUriString();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
