package uk.permanence.webapp.admin;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.permanence.webapp.admin.AdminRecords.CouncilSecondFactor;

/** A council's admin decides whether the users of each of their councils must give a second factor. */
@Controller
class SecondFactorController {

    private final IdentityAdmin admin;

    SecondFactorController(IdentityAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/second-factor")
    String settings(@ModelAttribute("reach") Reach reach, Model model) {
        return page(model, reach, null, null);
    }

    @PostMapping("/admin/councils/{council}/second-factor")
    String choose(@PathVariable String council, @RequestParam(required = false) String required,
                  @ModelAttribute("reach") Reach reach, Model model, RedirectAttributes after) {
        Boolean choice = "yes".equals(required) ? Boolean.TRUE : "no".equals(required) ? Boolean.FALSE : null;
        try {
            admin.requireSecondFactor(council, choice);
        } catch (IdentityAdmin.Refused refused) {
            return page(model, reach, council, refused.problem());
        }
        after.addFlashAttribute("done", Boolean.TRUE.equals(choice)
                ? "Users of council " + council + " must now give a second factor when they sign in."
                : "Users of council " + council + " no longer need a second factor.");
        return "redirect:/admin/second-factor";
    }

    private String page(Model model, Reach reach, String refusedCouncil, Problem problem) {
        List<CouncilSecondFactor> councils = reach.councils().stream().map(admin::councilSecondFactor).toList();
        model.addAttribute("councils", councils);
        model.addAttribute("refusedCouncil", refusedCouncil);
        model.addAttribute("problem", problem);
        return "admin/second-factor";
    }
}
