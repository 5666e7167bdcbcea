package uk.permanence.webapp.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a sign-in that the identity service or the token exchange refused ends, with a way to try again. */
@Controller
class SignInFailedController {

    @GetMapping(SignInConfiguration.FAILED)
    String failed() {
        return "signin/failed";
    }
}
