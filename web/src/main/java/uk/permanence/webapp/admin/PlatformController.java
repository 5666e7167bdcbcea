package uk.permanence.webapp.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.permanence.webapp.admin.AdminRecords.NewVaaSystem;

/** The platform admin's pages: registering a VAA's system (its secret shown once) and the audit trail. */
@Controller
class PlatformController {

    private final IdentityAdmin admin;

    PlatformController(IdentityAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/clients/new")
    String newClient(Model model) {
        return clientForm(model, new NewVaaSystem("", "", ""), null);
    }

    @PostMapping("/admin/clients")
    String register(NewVaaSystem form, Model model) {
        try {
            model.addAttribute("credentials", admin.registerVaaSystem(new NewVaaSystem(strip(form.clientId()),
                    strip(form.name()), strip(form.vaa()))));
            return "admin/client-registered";
        } catch (IdentityAdmin.Refused refused) {
            return clientForm(model, form, refused.problem());
        }
    }

    private static String clientForm(Model model, NewVaaSystem form, Problem problem) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "admin/new-client";
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute("entries", admin.audit());
        return "admin/audit";
    }

    private static String strip(String typed) {
        return typed == null ? null : typed.strip();
    }
}
