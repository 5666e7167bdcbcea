package uk.permanence.webapp.caseload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.permanence.webapp.api.CaseFile;
import uk.permanence.webapp.api.CaseloadAnswer;
import uk.permanence.webapp.api.CasePage;
import uk.permanence.webapp.api.PlatformApi;

/**
 * The caseload, {@code /}: the open cases of the signed-in person's councils (or their RAA's), one call to
 * {@code GET /api/caseload} a page, filtered by team, social worker, stage and overdue, searched by case reference,
 * sorted by a column header's link, and downloaded as CSV ({@code /caseload.csv}, every child the filters match).
 * Every filter, the sort and the page are in the address, so each view can be bookmarked and works without
 * JavaScript. A VAA's worker, whom the caseload API refuses, sees the children shared with the VAA instead.
 */
@Controller
class CaseloadController {

    static final int PAGE_SIZE = 25;
    /** A VAA's search reads the shared cases this many at a time (the API's largest page), at most MAX_FOUND. */
    private static final int SEARCH_PAGE_SIZE = 200;
    static final int MAX_FOUND = 50;
    /** The filters the page passes on to the API as they are. */
    private static final List<String> FILTERS = List.of("reference", "team", "worker", "stage", "overdue");
    /** The stages a case still open can be at, in the journey's order. */
    static final List<String> STAGES = List.of("PRE_BIRTH", "IN_CARE", "ADOPTION_DECISION", "PLACEMENT_ORDER",
            "LINKED", "MATCHED", "PLACED_FOR_ADOPTION");

    private final PlatformApi api;
    private final Clock clock;

    CaseloadController(PlatformApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    /** A sortable column's header: its link sorts by it (the other way when it is the sort already). */
    record Column(String label, String sort, String ariaSort, String href) {
    }

    /** One row of a VAA's list of shared children. */
    record Child(String caseId, String caseReference, String laCode, String stage, CaseFile caseFile) {
    }

    @GetMapping("/")
    String caseload(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        Map<String, String> filters = filters(parameters);
        String sort = first(parameters, "sort");
        int page = page(first(parameters, "page"));
        Map<String, String> query = new LinkedHashMap<>(filters);
        if (sort != null) {
            query.put("sort", sort);
        }
        query.put("page", String.valueOf(page - 1));
        query.put("size", String.valueOf(PAGE_SIZE));
        CaseloadAnswer answer = api.caseload(query).orElse(null);
        if (answer == null) {
            return shared(filters.getOrDefault("reference", ""), page, model);
        }
        model.addAttribute("filters", filters);
        model.addAttribute("sort", sort);
        model.addAttribute("stages", STAGES);
        model.addAttribute("problem", answer.problem());
        model.addAttribute("filtered", !filters.isEmpty());
        if (answer.page() != null) {
            long total = answer.page().total();
            long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("children", answer.page().items());
            model.addAttribute("total", total);
            model.addAttribute("page", page);
            model.addAttribute("pages", pages);
            model.addAttribute("previous", page > 1 ? href("/", filters, sort, page - 1) : null);
            model.addAttribute("next", page < pages ? href("/", filters, sort, page + 1) : null);
        }
        model.addAttribute("columns", columns(filters, sort));
        model.addAttribute("csv", href("/caseload.csv", filters, sort, 1));
        return "caseload/caseload";
    }

    /** Every child the filters match, in the page's order, as the API writes it, with the person's token. */
    @GetMapping("/caseload.csv")
    void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
            throws IOException {
        Map<String, String> filters = filters(parameters);
        String sort = first(parameters, "sort");
        Map<String, String> query = new LinkedHashMap<>(filters);
        if (sort != null) {
            query.put("sort", sort);
        }
        boolean written = api.caseloadCsv(query, (contentType, csv) -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"caseload-" + LocalDate.now(clock) + ".csv\"");
            csv.transferTo(response.getOutputStream());
        });
        if (!written) {
            // the page shows the API's problem with these filters
            response.sendRedirect(href("/", filters, sort, 1));
        }
    }

    private static Map<String, String> filters(MultiValueMap<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = first(parameters, name);
            if (value != null) {
                filters.put(name, value);
            }
        }
        return filters;
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Pages are numbered from 1 in the address; anything else shows the first. */
    private static int page(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<Column> columns(Map<String, String> filters, String sort) {
        String current = sort == null ? "reference" : sort;
        List<Column> columns = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("reference", "Case reference");
        labels.put("age", "Age");
        labels.put("stage", "Stage");
        labels.put("daysAtStage", "Days at stage");
        labels.put("nextDueOn", "Next deadline");
        labels.forEach((key, label) -> {
            String ariaSort = current.equals(key) ? "ascending" : current.equals("-" + key) ? "descending" : "none";
            String next = ariaSort.equals("ascending") ? "-" + key : key;
            columns.add(new Column(label, key, ariaSort, href("/", filters, next, 1)));
        });
        return columns;
    }

    static String href(String path, Map<String, String> filters, String sort, int page) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        filters.forEach(query::add);
        if (sort != null) {
            query.add("sort", sort);
        }
        if (page > 1) {
            query.add("page", String.valueOf(page));
        }
        return UriComponentsBuilder.fromPath(path).queryParams(query).encode().build().toUriString();
    }

    /** A VAA's worker: the children shared with the VAA, a page at a time, or those whose reference contains it. */
    private String shared(String search, int currentPage, Model model) {
        List<CasePage.Listed> listed;
        long total;
        if (search.isEmpty()) {
            CasePage answer = api.cases(currentPage - 1, PAGE_SIZE);
            listed = answer.items();
            total = answer.total();
        } else {
            listed = search(search);
            total = listed.size();
        }
        List<Child> children = new ArrayList<>();
        for (CasePage.Listed child : listed) {
            CaseFile caseFile = api.caseFile(child.caseId()).orElse(null);
            children.add(new Child(child.caseId(), child.caseReference(), child.laCode(),
                    caseFile == null ? null : caseFile.stage(), caseFile));
        }
        model.addAttribute("children", children);
        model.addAttribute("total", total);
        model.addAttribute("reference", search);
        model.addAttribute("page", currentPage);
        model.addAttribute("pages", search.isEmpty() ? Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE) : 1);
        model.addAttribute("maxFound", MAX_FOUND);
        return "caseload/shared";
    }

    /** The shared cases are few: read them and keep those whose reference contains what was typed. */
    private List<CasePage.Listed> search(String reference) {
        String wanted = reference.toUpperCase(Locale.UK);
        List<CasePage.Listed> found = new ArrayList<>();
        for (int page = 0; found.size() < MAX_FOUND; page++) {
            CasePage answer = api.cases(page, SEARCH_PAGE_SIZE);
            for (CasePage.Listed child : answer.items()) {
                if (child.caseReference().toUpperCase(Locale.UK).contains(wanted) && found.size() < MAX_FOUND) {
                    found.add(child);
                }
            }
            if ((long) (page + 1) * SEARCH_PAGE_SIZE >= answer.total()) {
                break;
            }
        }
        return found;
    }
}
