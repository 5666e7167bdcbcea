package uk.permanence.webapp.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.permanence.councils.Councils;
import uk.permanence.webapp.Wording;
import uk.permanence.webapp.api.Caller;
import uk.permanence.webapp.api.ConcurrentCalls;
import uk.permanence.webapp.api.PlatformApi;
import uk.permanence.webapp.api.ReportAnswer;

/**
 * The reports, {@code /reports} and {@code /reports/{report}}: each read from the API with the person's token for the
 * council or RAA, period and {@code asOf} chosen in its form (a GET), and each as CSV at
 * {@code /reports/{report}/csv}, streamed through from the API. A period the API refuses is shown in the error
 * summary at the field it names; a role that may not see reports (the API's 403) gets a page saying so.
 */
@Controller
class ReportsController {

    private final PlatformApi api;
    private final Councils councils;
    private final Clock clock;
    private final Wording wording;
    private final ReportWording words;
    private final Caller caller;
    private final ConcurrentCalls calls;

    ReportsController(PlatformApi api, Environment environment, Clock clock, Wording wording, ReportWording words,
                      Caller caller, ConcurrentCalls calls) {
        this.api = api;
        this.caller = caller;
        this.calls = calls;
        this.councils = Binder.get(environment).bind("permanence", Councils.class).orElseThrow(
                () -> new IllegalStateException("no councils (councils.yml) in the configuration"));
        this.clock = clock;
        this.wording = wording;
        this.words = words;
    }

    /** One column of the scorecard side by side: the RAA's or a member council's, none where the API refused it. */
    record ScorecardColumn(String heading, Scorecard scorecard) {
    }

    @GetMapping("/reports")
    String index(Model model) {
        model.addAttribute("reports", Report.values());
        return "reports/index";
    }

    @GetMapping("/reports/{slug}")
    String report(@PathVariable String slug, @RequestParam Map<String, String> params,
                  Model model,
                  HttpServletResponse response) {
        Report report = Report.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReportChoices choices = choices().forReport(report);
        if (choices.isEmpty()) {
            return noAccess(response);
        }
        ReportForm form = ReportForm.read(report, choices, params);
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        if (!form.valid()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "reports/" + report.slug;
        }
        ReportAnswer<?> answer = api.report(report.apiPath, form.query(), report.answer);
        switch (answer.status()) {
            case 403:
                return noAccess(response);
            case 404:
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case 400:
                form.refusedBy(answer.problem(), words);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "reports/" + report.slug;
            default:
                show(report, answer.report(), form, model);
                return "reports/" + report.slug;
        }
    }

    /**
     * The report as the API writes it in CSV, streamed to the browser as it arrives (the API's response closed
     * after), as a file named for the report, council or RAA and period. A refused request goes back to its page,
     * which shows why.
     */
    @GetMapping("/reports/{slug}/csv")
    String csv(@PathVariable String slug, @RequestParam Map<String, String> params,
               HttpServletResponse response) {
        Report report = Report.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ReportChoices choices = choices().forReport(report);
        if (choices.isEmpty()) {
            return noAccess(response);
        }
        ReportForm form = ReportForm.read(report, choices, params);
        if (!form.valid()) {
            return "redirect:/reports/" + report.slug + "?" + form.queryString();
        }
        ReportAnswer<Void> answer = api.reportCsv(report.apiPath, form.query(), (contentType, body) -> {
            response.setContentType(contentType == null ? "text/csv;charset=UTF-8" : contentType.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(form.fileName()).build().toString());
            body.transferTo(response.getOutputStream());
        });
        if (answer.status() == 403) {
            return noAccess(response);
        }
        return answer.ok() ? null : "redirect:/reports/" + report.slug + "?" + form.queryString();
    }

    private ReportChoices choices() {
        return ReportChoices.of(caller.current(), councils, LocalDate.now(clock), wording);
    }

    private static String noAccess(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "reports/no-access";
    }

    /** Puts the report in the model, and the period it describes in the form's empty fields. */
    private void show(Report report, Object answer, ReportForm form, Model model) {
        model.addAttribute("answer", answer);
        if (answer instanceof Scorecard scorecard) {
            form.showDate("from", scorecard.from());
            form.showDate("to", scorecard.to());
            model.addAttribute("columns", columns(report, scorecard, form));
        } else if (answer instanceof Cohorts cohorts) {
            form.showDate("from", cohorts.from());
            form.showDate("to", cohorts.to());
        } else if (answer instanceof QuarterlyReturn quarterly) {
            form.showQuarter(quarterly.quarter());
        } else if (answer instanceof RunCharts charts) {
            form.showMonth("from", charts.from());
            form.showMonth("to", charts.to());
            model.addAttribute("drawings", charts.charts().stream().map(chart -> RunChartDrawing.of(chart, words))
                    .toList());
        } else if (answer instanceof DataQuality quality) {
            form.showDate("from", quality.from());
            form.showDate("to", quality.to());
        } else if (answer instanceof CostOfDelay cost) {
            form.showDate("from", cost.period().from());
            form.showDate("to", cost.period().to());
            form.showDate("baselineFrom", cost.baseline().from());
            form.showDate("baselineTo", cost.baseline().to());
        } else if (answer instanceof Proceedings proceedings) {
            form.showDate("from", proceedings.from());
            form.showDate("to", proceedings.to());
        }
    }

    /**
     * The scorecard of an RAA with each of its member councils over the same period (the members of the period's
     * end, as the API's scope names them, in code order, asked for at once), or of one council alone.
     */
    private List<ScorecardColumn> columns(Report report, Scorecard scorecard, ReportForm form) {
        List<ScorecardColumn> columns = new ArrayList<>();
        if (scorecard.scope().raa() == null) {
            columns.add(new ScorecardColumn(wording.council(scorecard.scope().la()), scorecard));
            return columns;
        }
        Councils.Raa raa = councils.raas().get(scorecard.scope().raa());
        columns.add(new ScorecardColumn((raa == null ? scorecard.scope().raa() : raa.name()) + " (all councils)",
                scorecard));
        List<String> members = List.copyOf(new TreeSet<>(scorecard.scope().councils()));
        List<ReportAnswer<Scorecard>> answers = calls.all(members.stream()
                .<Supplier<ReportAnswer<Scorecard>>>map(la -> () -> api.report(report.apiPath, form.queryFor(la),
                        Scorecard.class))
                .toList());
        for (int member = 0; member < members.size(); member++) {
            ReportAnswer<Scorecard> council = answers.get(member);
            columns.add(new ScorecardColumn(wording.council(members.get(member)),
                    council.ok() ? council.report() : null));
        }
        return columns;
    }
}
