package uk.permanence.webapp.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.permanence.webapp.DateInput;
import uk.permanence.webapp.api.AlertPage;
import uk.permanence.webapp.api.CaseFile;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.ConcurrentCalls;
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
    private final ConcurrentCalls calls;
    private final Milestones milestones;
    private final Caller caller;
    private final Clock clock;

    ChildController(PlatformApi api, ConcurrentCalls calls, Milestones milestones, Caller caller, Clock clock) {
        this.api = api;
        this.calls = calls;
        this.milestones = milestones;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/children/{caseId}")
    String child(@PathVariable String caseId, @RequestParam(name = "asOf-day", required = false) String day,
                 @RequestParam(name = "asOf-month", required = false) String month,
                 @RequestParam(name = "asOf-year", required = false) String year, Model model) {
        Caller.Claims claims = caller.current();
        DateInput asOf = new DateInput(day, month, year);
        try (ConcurrentCalls.Batch batch = calls.batch()) {
            Supplier<Optional<Timeliness>> timeliness = () -> api.timeliness(caseId);
            Supplier<AlertPage> alerts = () -> api.openAlerts(caseId);
            if (asOf.blank() && claims.tracksChildren()) {
                // today's page of a role that reads timeliness and alerts: the three reads at once
                timeliness = batch.start(timeliness);
                alerts = batch.start(alerts);
            }
            return child(caseId, asOf, claims, timeliness, alerts, model);
        }
    }

    private String child(String caseId, DateInput asOf, Caller.Claims claims,
                         Supplier<Optional<Timeliness>> timeliness, Supplier<AlertPage> alerts, Model model) {
        CaseFile caseFile = api.caseFile(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("child", caseFile);
        model.addAttribute("timeline", List.of());
        if (caseFile.sharedView()) {
            return "child/child";
        }
        model.addAttribute("actions", milestones.eventActions(
                claims.known() ? Optional.of(claims.role()) : Optional.empty()));
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
        Timeliness waited = timeliness.get().orElse(null);
        model.addAttribute("timeliness", waited);
        if (waited != null) {
            model.addAttribute("clocks", List.of(
                    ClockChart.of("A1", "entering care to placement for adoption", waited.a1()),
                    ClockChart.of("A10", "as A1, stopping when an early permanence placement with the adopters began",
                            waited.a10()),
                    ClockChart.of("A2", "placement order to match", waited.a2())));
        }
        model.addAttribute("alerts", alerts.get().items());
        return "child/child";
    }

    private static List<CaseFile.Entry> newestFirst(CaseFile caseFile) {
        List<CaseFile.Entry> entries = new ArrayList<>(caseFile.events());
        Collections.reverse(entries);
        return entries;
    }
}
