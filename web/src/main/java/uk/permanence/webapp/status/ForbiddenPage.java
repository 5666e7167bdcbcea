package uk.permanence.webapp.status;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A list the API refuses the person's role (a VAA's worker, ops or admin opening the alerts or the tracking meeting)
 * is a 403 page saying who it is for, not the service's error page.
 */
@ControllerAdvice(basePackages = {"uk.permanence.webapp.alerts", "uk.permanence.webapp.meeting"})
class ForbiddenPage {

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException refused) {
        if (!refused.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
            throw refused;
        }
        ModelAndView page = new ModelAndView("status/forbidden", HttpStatus.FORBIDDEN);
        page.addObject("reason", "Alerts and the tracking meeting's list are for social workers, family-finders, "
                + "team managers and RAA leads.");
        return page;
    }
}
