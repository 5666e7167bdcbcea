package uk.permanence.webapp.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.permanence.webapp.api.ApiProblem;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.PlatformApi;
import uk.permanence.webapp.api.SurgeryList;

/**
 * The tracking meeting's list (the performance surgery), {@code /meeting}: every child in care of a council, team or
 * worker, most urgent first, with what is overdue and due soon and the next deadline; printable (a print stylesheet)
 * and as CSV ({@code /meeting.csv}, the API's own CSV copied through as it arrives).
 */
@Controller
class MeetingController {

    private final PlatformApi api;
    private final Caller caller;
    private final Clock clock;

    MeetingController(PlatformApi api, Caller caller, Clock clock) {
        this.api = api;
        this.caller = caller;
        this.clock = clock;
    }

    /** One child on the list, with their case reference (null if the caller may not read the case file). */
    record Row(SurgeryList.Row child, String caseReference) {
    }

    @GetMapping("/meeting")
    String meeting(@RequestParam(required = false) String la, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String worker, Model model, HttpServletResponse response) {
        PlatformApi.Scope scope = new PlatformApi.Scope(la, team, worker);
        model.addAttribute("scope", scope);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("councils", caller.current().councils());
        model.addAttribute("csv", link("/meeting.csv", scope));
        try {
            List<SurgeryList.Row> children = api.surgery(scope).items();
            Map<String, String> references = api.caseReferences(
                    children.stream().map(SurgeryList.Row::caseId).toList());
            model.addAttribute("rows", children.stream()
                    .map(child -> new Row(child, references.get(child.caseId()))).toList());
            model.addAttribute("overdueCount", children.stream().filter(child -> !child.overdue().isEmpty()).count());
        } catch (ApiProblem problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            model.addAttribute("rows", List.of());
            model.addAttribute("overdueCount", 0L);
        }
        return "meeting/meeting";
    }

    /** The list as the API writes it in CSV, with the person's token, as a download named by today's date. */
    @GetMapping("/meeting.csv")
    void csv(@RequestParam(required = false) String la, @RequestParam(required = false) String team,
             @RequestParam(required = false) String worker, HttpServletResponse response) throws IOException {
        PlatformApi.Scope scope = new PlatformApi.Scope(la, team, worker);
        try {
            download(scope, response);
        } catch (ApiProblem problem) {
            // nothing written yet: the page names what the API refused
            response.sendRedirect(link("/meeting", scope));
        }
    }

    private void download(PlatformApi.Scope scope, HttpServletResponse response) {
        api.surgeryCsv(scope, () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("tracking-meeting-" + LocalDate.now(clock) + ".csv").build().toString());
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String link(String path, PlatformApi.Scope scope) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("la", Optional.ofNullable(scope.la()))
                .queryParamIfPresent("team", Optional.ofNullable(scope.team()))
                .queryParamIfPresent("worker", Optional.ofNullable(scope.worker()))
                .encode().build().toUriString();
    }
}
