package uk.permanence.webapp.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.permanence.webapp.api.CaseFile;
import uk.permanence.webapp.api.CasePage;
import uk.permanence.webapp.api.PlatformApi;

/**
 * The caseload, {@code /}: the children the signed-in person may see (their councils', their RAA's, or for a VAA
 * those shared with it), a page at a time, or those whose case reference contains what they searched for.
 */
@Controller
class CaseloadController {

    static final int PAGE_SIZE = 25;
    /** A search reads the caseload this many at a time (the API's largest page) and shows at most MAX_FOUND. */
    private static final int SEARCH_PAGE_SIZE = 200;
    static final int MAX_FOUND = 50;

    private final PlatformApi api;

    CaseloadController(PlatformApi api) {
        this.api = api;
    }

    /** One row of the caseload table. */
    record Child(String caseId, String caseReference, String laCode, String stage, CaseFile caseFile) {
    }

    @GetMapping("/")
    String caseload(@RequestParam(defaultValue = "1") int page,
                    @RequestParam(required = false) String reference, Model model) {
        String search = reference == null ? "" : reference.strip();
        List<CasePage.Listed> listed;
        long total;
        int currentPage = Math.max(page, 1);
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
        return "caseload/caseload";
    }

    /** The API lists cases by reference but has no search of its own yet: read the caseload and keep the matches. */
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
