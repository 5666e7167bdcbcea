package uk.permanence.webapp.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.permanence.access.RoleTable;
import uk.permanence.webapp.api.Caller;

/**
 * Every page's {@code reach}: whether the navigation shows "Admin", from the claims of the person's access token
 * ({@code role}, {@code administers}, their councils or RAA). It only shows or hides links: the identity service
 * checks every administration call against the stored account.
 */
@ControllerAdvice
class AdminNavigation {

    private final Caller caller;

    AdminNavigation(Caller caller) {
        this.caller = caller;
    }

    @ModelAttribute("reach")
    Reach reach() {
        Caller.Claims claims = caller.current();
        boolean platform = claims.is(RoleTable.ADMIN);
        return new Reach(platform || claims.administers(), platform, claims.councils(), claims.raa());
    }
}
