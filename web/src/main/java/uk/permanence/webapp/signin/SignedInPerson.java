package uk.permanence.webapp.signin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header names the person signed in (their username, the ID token's subject). */
@ControllerAdvice
class SignedInPerson {

    @ModelAttribute("signedIn")
    String signedIn(@AuthenticationPrincipal OidcUser person) {
        return person == null ? null : person.getSubject();
    }
}
