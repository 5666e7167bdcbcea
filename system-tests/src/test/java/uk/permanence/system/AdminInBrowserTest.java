package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.permanence.testing.SignIn;

/**
 * The admin pages in a real browser through the gateway: a council's admin lists the people they manage, creates a
 * social worker (after a refused attempt shown in the error summary), disables and enables them and resets their
 * second factor, each change checked at the identity service; a social worker has no Admin item and is refused at
 * {@code /admin}. axe-core checks every page; a screenshot of each is written under {@code target/screenshots/}.
 */
class AdminInBrowserTest extends InBrowser {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    @Test
    void aCouncilAdminCreatesASocialWorkerDisablesAndEnablesThemAndResetsTheirSecondFactor() throws Exception {
        String admin = "council-admin-" + suffix;
        String adminPassword = makeCouncilAdmin(admin, "825");
        String worker = "sw-825-" + suffix;

        browser = new Browser(platform.gatewayUrl());
        browser.open("/");
        browser.signIn(admin, adminPassword, "admin-sign-in");
        browser.waitForTitle("Caseload");
        browser.find("[data-test=nav-admin]").click();

        browser.waitForTitle("Users – Admin");
        assertThat(browser.text("[data-test=users-count]")).contains("you manage");
        assertThat(browser.text("[data-test=admin-nav]")).contains("Second factor").doesNotContain("Audit");
        browser.check("admin-users");

        browser.find("main a.govuk-button").click();
        browser.waitForTitle("Create a user");
        assertThat(browser.find("#councils").getAttribute("value")).isEqualTo("825");
        browser.check("admin-new-user");

        browser.find("#username").sendKeys("x");
        browser.find("form[data-test=new-user] button[type=submit]").click();
        browser.waitForTitle("Error: Create a user");
        assertThat(browser.text("[data-test=error-summary]")).contains("There is a problem",
                "Username must be 3 to 100 letters", "Role must be one of");
        assertThat(browser.text("#username-error")).contains("Username must be");
        browser.check("admin-new-user-refused");
        assertThat(user(worker).statusCode()).as("nothing was made").isEqualTo(404);

        browser.find("#username").clear();
        browser.find("#username").sendKeys(worker);
        browser.find("#role").click();
        browser.find("form[data-test=new-user] button[type=submit]").click();
        browser.waitForTitle("User created");
        assertThat(browser.text("[data-test=created-username]")).isEqualTo(worker);
        String firstPassword = browser.text("[data-test=first-password]");
        browser.check("admin-user-created");
        assertThat(SignIn.accessToken(platform.gatewayUrl(), worker, firstPassword))
                .as("the password shown signs them in").isNotBlank();
        assertThat(userJson(worker).path("role").asString()).isEqualTo("social-worker");

        browser.open("/admin/users/" + worker);
        browser.waitForTitle("User " + worker);
        assertThat(browser.text("[data-test=account]")).isEqualTo("Enabled");
        browser.check("admin-user");

        confirm(worker, "disable", "Disable " + worker, "admin-confirm-disable");
        assertThat(browser.text("[data-test=account]")).startsWith("Disabled");
        assertThat(browser.text("[data-test=done]")).contains(worker + "’s account is disabled");
        browser.check("admin-user-disabled");
        assertThat(userJson(worker).path("enabled").asBoolean()).isFalse();

        confirm(worker, "enable", "Enable " + worker, "admin-confirm-enable");
        assertThat(browser.text("[data-test=account]")).isEqualTo("Enabled");
        assertThat(userJson(worker).path("enabled").asBoolean()).isTrue();

        confirm(worker, "reset-second-factor", "Reset the second factor of " + worker, "admin-confirm-reset");
        assertThat(browser.text("[data-test=done]")).contains(worker + "’s second factor is reset");
        assertThat(browser.text("[data-test=second-factor]")).isEqualTo("Not set up");

        browser.open("/admin");
        browser.waitForTitle("Users – Admin");
        browser.find("[data-test=admin-nav] a[href='/admin/second-factor']").click();
        browser.waitForTitle("Second factor");
        assertThat(browser.text("main")).contains("Must users of Buckinghamshire (825) give a second factor?");
        browser.check("admin-second-factor");

        assertThat(audit()).as("every change the pages made, by the council's admin")
                .contains("create-user " + worker, "change-user " + worker, "reset-second-factor " + worker);
    }

    @Test
    void aSocialWorkerHasNoAdminItemAndIsRefusedAtTheAdminPages() throws Exception {
        String worker = "sw-no-admin-" + suffix;
        String password = platform.tokens().makeCouncilUser(worker, "825", "social-worker");

        browser = new Browser(platform.gatewayUrl());
        browser.open("/");
        browser.signIn(worker, password, "admin-social-worker-sign-in");
        browser.waitForTitle("Caseload");
        assertThat(browser.findAll("[data-test=nav-admin]")).isEmpty();

        browser.open("/admin");
        browser.waitForTitle("You cannot open this page");
        assertThat(browser.findAll("[data-test=users]")).isEmpty();
        browser.check("admin-forbidden");
    }

    /** Follows a change's link on the user's page, confirms it, and is back on the user's page. */
    private void confirm(String username, String action, String title, String screenshot) {
        browser.find("a[href='/admin/users/" + username + "/" + action + "']").click();
        browser.waitForTitle(title);
        browser.check(screenshot);
        browser.find("form[data-test=confirm] button[type=submit]").click();
        browser.waitForTitle("User " + username);
    }

    /** A council's admin, made by the platform admin as the administration API makes one; answers their password. */
    private String makeCouncilAdmin(String username, String council) throws Exception {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(identity("/admin/users")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.tokens().platformAdmin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","role":"team-manager","councils":["%s"],"administers":true}"""
                        .formatted(username, council))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return JSON.readTree(made.body()).path("firstPassword").asString();
    }

    private HttpResponse<String> user(String username) throws Exception {
        return asPlatformAdmin("/admin/users/" + username);
    }

    private JsonNode userJson(String username) throws Exception {
        HttpResponse<String> user = user(username);
        assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
        return JSON.readTree(user.body());
    }

    /** The audit trail's entries about this test's people, as "action target". */
    private java.util.List<String> audit() throws Exception {
        HttpResponse<String> audit = asPlatformAdmin("/admin/audit");
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        return JSON.readTree(audit.body()).valueStream()
                .filter(entry -> entry.path("actor").asString().equals("council-admin-" + suffix))
                .map(entry -> entry.path("action").asString() + " " + entry.path("target").asString()).toList();
    }

    private HttpResponse<String> asPlatformAdmin(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(identity(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.tokens().platformAdmin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String identity(String path) {
        return platform.serviceUrl("identity") + path;
    }
}
