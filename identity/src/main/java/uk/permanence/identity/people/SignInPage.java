package uk.permanence.identity.people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form at {@code /login}, which people reach through the gateway on the web app's origin: one page that
 * passes axe-core's checks like the web app's (a main landmark, one h1, labelled fields, GOV.UK's error summary), in
 * GOV.UK Frontend's styles as the web app serves them at the platform's address (docs/web.md). No script.
 */
@Controller
class SignInPage {

    private final String stylesheet;

    SignInPage(@Value("${permanence.identity.sign-in-page.stylesheet}") String stylesheet) {
        this.stylesheet = stylesheet;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String signIn(CsrfToken csrf, @RequestParam(required = false) String error,
                  @RequestParam(required = false) String logout) {
        String problem = error == null ? "" : """
                <div class="govuk-error-summary" data-module="govuk-error-summary">
                  <div role="alert">
                    <h2 class="govuk-error-summary__title">There is a problem</h2>
                    <div class="govuk-error-summary__body">
                      <ul class="govuk-list govuk-error-summary__list">
                        <li><a href="#username">The username or password is wrong, or the account is locked for a while
                          after too many tries</a></li>
                      </ul>
                    </div>
                  </div>
                </div>
                """;
        String signedOut = logout == null ? "" : """
                <div class="govuk-inset-text">You have signed out.</div>
                """;
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template">
                <head>
                  <meta charset="utf-8">
                  <title>%sSign in – Permanence</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <link rel="stylesheet" href="%s">
                </head>
                <body class="govuk-template__body">
                <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
                <header class="govuk-service-navigation" aria-label="Service information">
                  <div class="govuk-width-container">
                    <div class="govuk-service-navigation__container">
                      <span class="govuk-service-navigation__service-name">
                        <span class="govuk-service-navigation__text">Permanence</span>
                      </span>
                    </div>
                  </div>
                </header>
                <div class="govuk-width-container">
                  <main class="govuk-main-wrapper" id="main-content">
                    %s%s
                    <h1 class="govuk-heading-l">Sign in</h1>
                    <form method="post" action="/login" novalidate>
                      <div class="govuk-form-group">
                        <label class="govuk-label" for="username">Username</label>
                        <input class="govuk-input govuk-input--width-20" id="username" name="username" type="text"
                               autocomplete="username" spellcheck="false" required>
                      </div>
                      <div class="govuk-form-group">
                        <label class="govuk-label" for="password">Password</label>
                        <input class="govuk-input govuk-input--width-20" id="password" name="password" type="password"
                               autocomplete="current-password" required>
                      </div>
                      <input type="hidden" name="%s" value="%s">
                      <button type="submit" class="govuk-button">Sign in</button>
                    </form>
                  </main>
                </div>
                </body>
                </html>
                """.formatted(error == null ? "" : "Error: ", HtmlUtils.htmlEscape(stylesheet), problem, signedOut,
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
