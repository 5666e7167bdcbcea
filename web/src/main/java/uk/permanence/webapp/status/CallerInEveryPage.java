package uk.permanence.webapp.status;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.permanence.webapp.api.Caller;

/** Every page's navigation offers what the person's role uses: the lists to council staff, the status page to ops. */
@ControllerAdvice
class CallerInEveryPage {

    private final Caller caller;

    CallerInEveryPage(Caller caller) {
        this.caller = caller;
    }

    @ModelAttribute("caller")
    Caller.Claims caller() {
        return caller.current();
    }
}
