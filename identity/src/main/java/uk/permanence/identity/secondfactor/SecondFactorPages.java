package uk.permanence.identity.secondfactor;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import uk.permanence.identity.secondfactor.SecondFactors.Enrolment;

/**
 * The two plain pages after the password (the web app's styled pages come later): the code, or, for a person with
 * no second factor yet, the enrolment (the secret to put in an authenticator app, confirmed by its first code).
 * Both post the code to {@link SecondFactorSignIn#PAGE}.
 */
@Controller
class SecondFactorPages {

    private final SecondFactors secondFactors;

    SecondFactorPages(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping(SecondFactorSignIn.PAGE)
    ResponseEntity<String> code(Authentication person, CsrfToken csrf,
                                @RequestParam(required = false) String error) {
        if (!secondFactors.isEnrolled(person.getName())) {
            return redirect(SecondFactorSignIn.ENROLMENT_PAGE + (error == null ? "" : "?error"));
        }
        return page("Enter your code", "<p>Enter the 6-digit code your authenticator app shows for Permanence.</p>",
                error, csrf);
    }

    @GetMapping(SecondFactorSignIn.ENROLMENT_PAGE)
    ResponseEntity<String> enrolment(Authentication person, CsrfToken csrf,
                                     @RequestParam(required = false) String error) {
        Optional<Enrolment> enrolment = secondFactors.enrolment(person.getName());
        if (enrolment.isEmpty()) {
            return redirect(SecondFactorSignIn.PAGE);
        }
        return page("Set up your second factor", """
                <p>Add this account to an authenticator app, then enter the 6-digit code it shows.</p>
                <p>Secret key: <code id="secret">%s</code></p>
                <p>Or open this link on the phone: <a id="otpauth" href="%s">%s</a></p>"""
                .formatted(enrolment.get().secret(), HtmlUtils.htmlEscape(enrolment.get().uri()),
                        HtmlUtils.htmlEscape(enrolment.get().uri())), error, csrf);
    }

    private static ResponseEntity<String> redirect(String path) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, path).build();
    }

    private static ResponseEntity<String> page(String title, String body, String error, CsrfToken csrf) {
        String wrong = error == null ? "" : "<p role=\"alert\">That code was wrong or already used.</p>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body("""
                        <!DOCTYPE html>
                        <html lang="en">
                        <head><meta charset="utf-8"><title>%1$s - Permanence</title></head>
                        <body>
                        <h1>%1$s</h1>
                        %2$s
                        %3$s
                        <form method="post" action="%4$s">
                        <label for="code">Code</label>
                        <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
                        <input name="%5$s" type="hidden" value="%6$s">
                        <button type="submit">Continue</button>
                        </form>
                        </body>
                        </html>
                        """.formatted(title, wrong, body, SecondFactorSignIn.PAGE, csrf.getParameterName(),
                        csrf.getToken()));
    }
}
