package uk.permanence.tracking.caseload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.permanence.councils.Tenant;
import uk.permanence.web.SafeCsv;

/**
 * {@code GET /api/caseload}: the open cases of the caller's councils (an RAA's staff: its member councils today), a
 * page at a time with a total, filtered by council, team, social worker, family-finder, stage and overdue, searched
 * by any part of the case reference, sorted by a column. With {@code Accept: text/csv}, every matching child in the
 * same order, streamed.
 */
@RestController
class CaseloadController {

    static final int DEFAULT_SIZE = 25;
    private static final List<String> CSV_HEADER = List.of("caseReference", "caseId", "laCode", "dateOfBirth",
            "expectedDateOfBirth", "ageYears", "stage", "stageSince", "daysAtStage", "permanencePlan", "team",
            "socialWorker", "familyFinder", "nextRule", "nextDueOn", "nextDaysLeft", "overdue");

    private final Caseload caseload;

    CaseloadController(Caseload caseload) {
        this.caseload = caseload;
    }

    @GetMapping(value = "/api/caseload", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseloadPage page(@RequestParam(required = false) String la,
                      @RequestParam(required = false) String team,
                      @RequestParam(required = false) String worker,
                      @RequestParam(required = false) String familyFinder,
                      @RequestParam(required = false) String stage,
                      @RequestParam(required = false) String overdue,
                      @RequestParam(required = false) String reference,
                      @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String page,
                      @RequestParam(required = false) String size,
                      Tenant tenant) {
        CaseloadFilter.Request request = CaseloadFilter.of(la, team, worker, familyFinder, stage, overdue, reference,
                sort, page, size, DEFAULT_SIZE);
        return caseload.page(request.filter(), tenant, request.page(), request.size());
    }

    /** Written on the request's own thread, which takes its connection from the requests' pool. */
    @GetMapping(value = "/api/caseload", produces = "text/csv")
    void csv(@RequestParam(required = false) String la,
             @RequestParam(required = false) String team,
             @RequestParam(required = false) String worker,
             @RequestParam(required = false) String familyFinder,
             @RequestParam(required = false) String stage,
             @RequestParam(required = false) String overdue,
             @RequestParam(required = false) String reference,
             @RequestParam(required = false) String sort,
             Tenant tenant, HttpServletResponse response) throws IOException {
        CaseloadFilter filter = CaseloadFilter.of(la, team, worker, familyFinder, stage, overdue, reference, sort,
                null, null, DEFAULT_SIZE).filter();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"caseload.csv\"");
        Writer writer = response.getWriter();
        caseload.read(filter, tenant, rows -> SafeCsv.write(writer, () -> Stream.<List<?>>concat(
                Stream.of(CSV_HEADER), rows.map(CaseloadController::csv)).iterator()));
    }

    private static List<?> csv(CaseloadRow row) {
        return Arrays.asList(row.caseReference(), row.caseId(), row.laCode(), row.dateOfBirth(),
                row.expectedDateOfBirth(), row.ageYears(), row.stage(), row.stageSince(), row.daysAtStage(),
                row.permanencePlan(), row.team(), row.socialWorker(), row.familyFinder(), row.nextRule(),
                row.nextDueOn(), row.nextDaysLeft(), String.join(" ", row.overdue()));
    }
}
