package uk.permanence.webapp.child;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.permanence.webapp.api.CaseFile;
import uk.permanence.webapp.api.PlatformApi;

/**
 * A child, {@code /children/{caseId}}: the case file with every recorded milestone as a timeline, how long the child
 * has waited and the deadlines ahead, and the open alerts. A VAA is shown only what the API shares with it (no
 * history, timeliness or alerts); a child the person may not see is "not found", as the API answers.
 */
@Controller
class ChildController {

    private final PlatformApi api;

    ChildController(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/children/{caseId}")
    String child(@PathVariable String caseId, Model model) {
        CaseFile caseFile = api.caseFile(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("child", caseFile);
        if (!caseFile.sharedView()) {
            List<CaseFile.Entry> newestFirst = new ArrayList<>(caseFile.events());
            Collections.reverse(newestFirst);
            model.addAttribute("timeline", newestFirst);
            model.addAttribute("timeliness", api.timeliness(caseId).orElse(null));
            model.addAttribute("alerts", api.openAlerts(caseId).items());
        } else {
            model.addAttribute("timeline", List.of());
        }
        return "child/child";
    }
}
