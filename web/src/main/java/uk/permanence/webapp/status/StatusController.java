package uk.permanence.webapp.status;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.permanence.webapp.api.Caller;

/**
 * The ops page, {@code /status}: each component's health and readiness, the case-events consumers' lag and
 * case-service's publisher, for the {@code ops} role only; anyone else gets a 403 page and no component is read.
 */
@Controller
class StatusController {

    static final String OPS = "ops";

    private final Caller caller;
    private final PlatformStatus platform;
    private final Clock clock;

    StatusController(Caller caller, PlatformStatus platform, Clock clock) {
        this.caller = caller;
        this.platform = platform;
        this.clock = clock;
    }

    @GetMapping("/status")
    String status(Model model, HttpServletResponse response) {
        if (!caller.current().is(OPS)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("reason", "The platform's status is for its operators (the ops role) only.");
            return "status/forbidden";
        }
        model.addAttribute("status", platform.read());
        model.addAttribute("readAt", Instant.now(clock));
        return "status/status";
    }
}
