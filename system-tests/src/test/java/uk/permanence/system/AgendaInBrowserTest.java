package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The tracking meeting's agenda in a real browser through the gateway: a team manager agrees an action on a child's
 * page (a refused form first, its error summary naming the fields), finds it on the meeting list, acknowledges one
 * of the child's alerts (listed apart on the agenda), and marks the action done. axe-core checks every page.
 */
class AgendaInBrowserTest extends InBrowser {

    @Test
    void aTeamManagerAgreesAnActionSeesItOnTheAgendaAcknowledgesAnAlertAndCompletesTheAction() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String team = "agenda-" + suffix.toLowerCase();
        String reference = "AGENDA-" + suffix;
        String username = "agenda-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        String caseId = newCase(token, reference);
        HttpResponse<String> allocated = send("/api/cases/" + caseId + "/allocation", token, """
                {"allocatedOn":"2025-01-12","socialWorker":"sw-%s","team":"%s"}""".formatted(suffix, team));
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        eventually(() -> assertThat(JSON.readTree(get("/api/alerts?caseId=" + caseId, token).body())
                .path("items").size()).isPositive());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        browser = new Browser(platform.gatewayUrl());
        browser.open("/children/" + caseId);
        browser.signIn(username, platform.tokens().passwordOf(username), "agenda-sign-in");
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=child-actions]")).contains("No actions agreed yet.");

        browser.find("[data-test=agree-action]").click();
        browser.waitForTitle("Agree an action");
        browser.find("[data-test=agree]").click();
        browser.waitForTitle("Error: Agree an action");
        assertThat(browser.text("[data-test=error-summary]")).contains("Enter the due date");
        browser.check("agenda-action-refused");

        browser.find("#what").sendKeys("Book the matching panel");
        browser.find("#owner").sendKeys("sw-" + suffix);
        LocalDate due = today.plusDays(14);
        browser.find("#dueOn-day").sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.find("#dueOn-month").sendKeys(String.valueOf(due.getMonthValue()));
        browser.find("#dueOn-year").sendKeys(String.valueOf(due.getYear()));
        browser.find("[data-test=agree]").click();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=child-actions]")).contains("Book the matching panel", "Open");
        browser.check("agenda-child-with-action");

        eventually(() -> assertThat(get("/api/surgery?team=" + team, token).body())
                .contains("Book the matching panel"));
        browser.open("/meeting?team=" + team);
        browser.waitForTitle("Tracking meeting");
        assertThat(browser.text("[data-test=agenda-actions]")).contains("Book the matching panel");
        browser.check("agenda-meeting-with-action");

        browser.open("/children/" + caseId);
        browser.waitForTitle("Child " + reference);
        browser.find("[data-test=acknowledge-alert]").click();
        browser.waitForTitle("Acknowledge an alert");
        browser.find("#justification").sendKeys("Final hearing listed; nothing the team can do before it");
        LocalDate review = today.plusDays(21);
        browser.find("#reviewOn-day").sendKeys(String.valueOf(review.getDayOfMonth()));
        browser.find("#reviewOn-month").sendKeys(String.valueOf(review.getMonthValue()));
        browser.find("#reviewOn-year").sendKeys(String.valueOf(review.getYear()));
        browser.check("agenda-acknowledge");
        browser.find("[data-test=acknowledge]").click();
        browser.waitForTitle("Child " + reference);

        browser.open("/meeting?team=" + team);
        browser.waitForTitle("Tracking meeting");
        assertThat(browser.text("[data-test=agenda-acknowledged-cell]")).contains("Final hearing listed");
        browser.check("agenda-meeting-acknowledged");

        browser.open("/children/" + caseId);
        browser.waitForTitle("Child " + reference);
        browser.find("[data-test=close-action]").click();
        browser.waitForTitle("Complete or drop an action");
        browser.find("#outcome").click();
        browser.check("agenda-close-action");
        browser.find("[data-test=close]").click();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=child-actions]")).contains("Done");
    }
}
