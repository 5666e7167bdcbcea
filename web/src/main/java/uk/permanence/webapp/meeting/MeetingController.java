package uk.permanence.webapp.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * worker, most urgent first, 25 a page, with what is overdue and due soon and the next deadline; printable (a print
 * stylesheet, and {@code /meeting/print} for the whole list when it is not too long to print) and as CSV
 * ({@code /meeting.csv}, the API's own CSV of the whole list copied through as it arrives).
 */
@Controller
class MeetingController {

    static final int PAGE_SIZE = 25;
    /** The API's largest page: the longest list printed whole. */
    static final int PRINT_LIMIT = 200;

    private final PlatformApi api;
    private final Caller caller;
    private final Clock clock;

    MeetingController(PlatformApi api, Caller caller, Clock clock) {
        this.api = api;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/meeting")
    String meeting(@RequestParam(required = false) String la, @RequestParam(required = false) String team,
                   @RequestParam(required = false) String worker, @RequestParam(required = false) String page,
                   Model model, HttpServletResponse response) {
        PlatformApi.Scope scope = new PlatformApi.Scope(la, team, worker);
        int current = page(page);
        SurgeryList list = show(scope, current - 1, PAGE_SIZE, model, response);
        if (list != null) {
            long pages = Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("page", current);
            model.addAttribute("pages", pages);
            model.addAttribute("first", (long) (current - 1) * PAGE_SIZE + 1);
            model.addAttribute("previous", current > 1 ? link("/meeting", scope, current - 1) : null);
            model.addAttribute("next", current < pages ? link("/meeting", scope, current + 1) : null);
        }
        return "meeting/meeting";
    }

    /**
     * The whole list on one page, to print for the meeting, when it has at most {@link #PRINT_LIMIT} children (the
     * API's largest page, some eight A4 pages); a longer list is not shown, and the page says to narrow it to a team
     * or worker or to download the CSV.
     */
    @GetMapping("/meeting/print")
    String print(@RequestParam(required = false) String la, @RequestParam(required = false) String team,
                 @RequestParam(required = false) String worker, Model model, HttpServletResponse response) {
        PlatformApi.Scope scope = new PlatformApi.Scope(la, team, worker);
        SurgeryList list = show(scope, 0, PRINT_LIMIT, model, response);
        model.addAttribute("printView", true);
        model.addAttribute("printLimit", PRINT_LIMIT);
        if (list != null && list.total() > PRINT_LIMIT) {
            model.addAttribute("tooLongToPrint", true);
            model.addAttribute("rows", List.of());
        }
        return "meeting/meeting";
    }

    /** Asks for a page of the list and puts it in the model with what every view shows; null if the API refused. */
    private SurgeryList show(PlatformApi.Scope scope, int page, int size, Model model,
                             HttpServletResponse response) {
        model.addAttribute("scope", scope);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("councils", caller.current().councils());
        model.addAttribute("csv", link("/meeting.csv", scope, 1));
        model.addAttribute("printable", link("/meeting/print", scope, 1));
        model.addAttribute("paged", link("/meeting", scope, 1));
        try {
            SurgeryList list = api.surgery(scope, page, size);
            model.addAttribute("list", list);
            model.addAttribute("rows", list.items());
            return list;
        } catch (ApiProblem problem) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            model.addAttribute("rows", List.of());
            return null;
        }
    }

    /** Pages are numbered from 1 in the address; anything else shows the first. */
    private static int page(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
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
            response.sendRedirect(link("/meeting", scope, 1));
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

    static String link(String path, PlatformApi.Scope scope, int page) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("la", Optional.ofNullable(scope.la()))
                .queryParamIfPresent("team", Optional.ofNullable(scope.team()))
                .queryParamIfPresent("worker", Optional.ofNullable(scope.worker()))
                .queryParamIfPresent("page", Optional.of(page).filter(number -> number > 1))
                .encode().build().toUriString();
    }
}
