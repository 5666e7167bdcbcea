package uk.permanence.webapp.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.permanence.webapp.DateInput;
import uk.permanence.webapp.api.CaseFile;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.PlatformApi;
import uk.permanence.webapp.api.Timeliness;
import uk.permanence.webapp.milestone.Milestones;

/**
 * A child, {@code /children/{caseId}}: the case file with every recorded milestone as a timeline, how long the child
 * has waited (each clock drawn against its threshold) and the deadlines ahead, and the open alerts; or, with a past
 * date ({@code asOf-day}, {@code asOf-month}, {@code asOf-year}), the case file as it was recorded by the end of that
 * day. A VAA is shown only what the API shares with it (no history, timeliness or alerts); a child the person may
 * not see is "not found", as the API answers.
 */
@Controller
class ChildController {

    private static final String PAST_DATE = "the date to see the case file on";

    private final PlatformApi api;
    private final Milestones milestones;
    private final Caller caller;
    private final Clock clock;

    ChildController(PlatformApi api, Milestones milestones, Caller caller, Clock clock) {
        this.api = api;
        this.milestones = milestones;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/children/{caseId}")
    String child(@PathVariable String caseId, @RequestParam(name = "asOf-day", required = false) String day,
                 @RequestParam(name = "asOf-month", required = false) String month,
                 @RequestParam(name = "asOf-year", required = false) String year, Model model) {
        CaseFile caseFile = api.caseFile(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("child", caseFile);
        model.addAttribute("timeline", List.of());
        if (caseFile.sharedView()) {
            return "child/child";
        }
        Caller.Claims claims = caller.current();
        model.addAttribute("actions", milestones.eventActions(
                claims.known() ? Optional.of(claims.role()) : Optional.empty()));
        DateInput asOf = new DateInput(day, month, year);
        model.addAttribute("asOf", asOf);
        if (!asOf.blank()) {
            DateInput.Read read = asOf.read(PAST_DATE);
            LocalDate today = LocalDate.now(clock);
            if (read.valid() && read.date().isAfter(today)) {
                read = new DateInput.Read(null, "The date to see the case file on must be today or in the past");
            }
            if (!read.valid()) {
                model.addAttribute("asOfError", read.error());
            } else {
                model.addAttribute("asOfDate", read.date());
                api.caseFileAsOf(caseId, read.date().plusDays(1).atStartOfDay(clock.getZone()).toInstant()
                                .minusMillis(1))
                        .ifPresentOrElse(past -> {
                            model.addAttribute("child", past);
                            model.addAttribute("timeline", newestFirst(past));
                        }, () -> model.addAttribute("nothingRecordedByThen", true));
                return "child/child";
            }
        }
        model.addAttribute("timeline", newestFirst(caseFile));
        Timeliness timeliness = api.timeliness(caseId).orElse(null);
        model.addAttribute("timeliness", timeliness);
        if (timeliness != null) {
            model.addAttribute("clocks", List.of(
                    ClockChart.of("A1", "entering care to placement for adoption", timeliness.a1()),
                    ClockChart.of("A10", "as A1, stopping when an early permanence placement with the adopters began",
                            timeliness.a10()),
                    ClockChart.of("A2", "placement order to match", timeliness.a2())));
        }
        model.addAttribute("alerts", api.openAlerts(caseId).items());
        return "child/child";
    }

    private static List<CaseFile.Entry> newestFirst(CaseFile caseFile) {
        List<CaseFile.Entry> entries = new ArrayList<>(caseFile.events());
        Collections.reverse(entries);
        return entries;
    }
}
