package uk.permanence.webapp.admin;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.permanence.webapp.admin.AdminRecords.AdminUser;
import uk.permanence.webapp.admin.AdminRecords.CreatedUser;
import uk.permanence.webapp.admin.AdminRecords.NewUser;
import uk.permanence.webapp.admin.AdminRecords.UserChange;
import uk.permanence.webapp.admin.AdminRecords.UserPage;

/**
 * The people an admin manages ({@code /admin}): the list, creating a user (the first password shown once), and a
 * user's page with its changes, each confirmed on a page of its own and posted with the CSRF token.
 */
@Controller
class UsersController {

    static final int PAGE_SIZE = 25;

    private final IdentityAdmin admin;

    UsersController(IdentityAdmin admin) {
        this.admin = admin;
    }

    /** What the create form was given, as typed. */
    record UserForm(String username, String role, String councils, String raa, String vaa, Boolean administers) {
    }

    /** A change of a user confirmed on a page of its own: what the page asks, its button, what is said after. */
    enum Action {
        DISABLE("Disable", "They can no longer sign in, and a token they hold stops working at once.",
                "account is disabled"),
        ENABLE("Enable", "They can sign in again.", "account is enabled"),
        UNLOCK("Unlock", "A lockout after wrong passwords or codes ends now.", "account is unlocked"),
        RESET_SECOND_FACTOR("Reset the second factor of",
                "They set up their authenticator app again at their next sign-in, if their council requires it.",
                "second factor is reset");

        private final String verb;
        private final String consequence;
        private final String done;

        Action(String verb, String consequence, String done) {
            this.verb = verb;
            this.consequence = consequence;
            this.done = done;
        }

        public String verb() {
            return verb;
        }

        public String consequence() {
            return consequence;
        }

        public String path() {
            return name().toLowerCase().replace('_', '-');
        }

        static Action of(String path) {
            return Arrays.stream(values()).filter(action -> action.path().equals(path)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
    }

    @GetMapping("/admin")
    String users(@RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(page, 1);
        UserPage users = admin.users(current - 1, PAGE_SIZE);
        model.addAttribute("users", users.users());
        model.addAttribute("total", users.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (users.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@ModelAttribute("reach") Reach reach, Model model) {
        return userForm(model, new UserForm("", null, String.join(", ", reach.councils()),
                reach.raa() == null ? "" : reach.raa(), "", null), null);
    }

    @PostMapping("/admin/users")
    String create(UserForm form, Model model) {
        try {
            CreatedUser created = admin.create(new NewUser(form.username(), form.role(), codes(form.councils()),
                    blankAsNull(form.raa()), blankAsNull(form.vaa()), Boolean.TRUE.equals(form.administers()) ? Boolean.TRUE : null));
            model.addAttribute("created", created);
            return "admin/created";
        } catch (IdentityAdmin.Refused refused) {
            return userForm(model, form, refused.problem());
        }
    }

    private static String userForm(Model model, UserForm form, Problem problem) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "admin/new-user";
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        model.addAttribute("user", admin.user(username));
        return "admin/user";
    }

    @GetMapping("/admin/users/{username}/role")
    String role(@PathVariable String username, Model model) {
        AdminUser user = admin.user(username);
        return roleForm(model, user, user.role(), null);
    }

    @PostMapping("/admin/users/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam(required = false) String role, Model model,
                      RedirectAttributes after) {
        try {
            admin.change(username, new UserChange(role, null));
        } catch (IdentityAdmin.Refused refused) {
            return roleForm(model, admin.user(username), role, refused.problem());
        }
        after.addFlashAttribute("done", username + "’s role is changed.");
        return "redirect:/admin/users/{username}";
    }

    private static String roleForm(Model model, AdminUser user, String chosen, Problem problem) {
        model.addAttribute("user", user);
        model.addAttribute("chosen", chosen);
        model.addAttribute("problem", problem);
        return "admin/role";
    }

    @GetMapping("/admin/users/{username}/{action:disable|enable|unlock|reset-second-factor}")
    String confirm(@PathVariable String username, @PathVariable String action, Model model) {
        return confirmation(model, admin.user(username), Action.of(action), null);
    }

    @PostMapping("/admin/users/{username}/{action:disable|enable|unlock|reset-second-factor}")
    String act(@PathVariable String username, @PathVariable String action, Model model, RedirectAttributes after) {
        Action confirmed = Action.of(action);
        try {
            switch (confirmed) {
                case DISABLE -> admin.change(username, new UserChange(null, false));
                case ENABLE -> admin.change(username, new UserChange(null, true));
                case UNLOCK -> admin.unlock(username);
                case RESET_SECOND_FACTOR -> admin.resetSecondFactor(username);
            }
        } catch (IdentityAdmin.Refused refused) {
            return confirmation(model, admin.user(username), confirmed, refused.problem());
        }
        after.addFlashAttribute("done", username + "’s " + confirmed.done + ".");
        return "redirect:/admin/users/{username}";
    }

    private static String confirmation(Model model, AdminUser user, Action action, Problem problem) {
        model.addAttribute("user", user);
        model.addAttribute("action", action);
        model.addAttribute("problem", problem);
        return "admin/confirm";
    }

    /** "825, 826" or "825 826" as the API's list of codes; nothing typed as none. */
    private static List<String> codes(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(code -> !code.isEmpty())
                .toList();
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
