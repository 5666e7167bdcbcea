package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The alerts page, the tracking meeting's list and the ops status page in a real browser through the gateway: a
 * team manager sees their team's alerts and list by case reference, filters it by worker, downloads its CSV and
 * gets its print stylesheet; an ops user sees every component up; a social worker of another council sees none of
 * these children. axe-core checks every page (none allowed); screenshots go under {@code target/screenshots/}.
 */
class MeetingInBrowserTest extends InBrowser {

    @Test
    void aTeamManagerOpensAlertsAndTheMeetingListFiltersItByWorkerDownloadsItsCsvAndPrintsIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String team = "team-" + suffix.toLowerCase();
        String username = "meet-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        String first = allocatedCase(token, "MEET-" + suffix + "-A", "sw-a-" + suffix, team);
        String second = allocatedCase(token, "MEET-" + suffix + "-B", "sw-b-" + suffix, team);
        awaitAlertsAndList(token, team, 2);

        browser = new Browser(platform.gatewayUrl());
        browser.open("/alerts?team=" + team);
        browser.signIn(username, platform.tokens().passwordOf(username), "meeting-team-manager-sign-in");
        browser.waitForTitle("Alerts");
        assertThat(links("[data-test=alerts] tbody tr td:first-child a"))
                .contains("MEET-" + suffix + "-A", "MEET-" + suffix + "-B");
        assertThat(browser.text("[data-test=alerts]")).contains("Kind", "Severity", "Due", "Days overdue");
        assertThat(browser.findAll("[data-test=nav-status]")).isEmpty();
        browser.check("alerts");

        browser.find("[data-test=nav-meeting]").click();
        browser.waitForTitle("Tracking meeting");
        browser.find("#team").sendKeys(team);
        browser.find("[data-test=meeting-filters] button[type=submit]").click();
        browser.awaitUrlContaining("team=" + team);
        assertThat(references()).containsExactlyInAnyOrder("MEET-" + suffix + "-A", "MEET-" + suffix + "-B");
        assertThat(browser.text("[data-test=meeting-date]"))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        browser.check("meeting");

        browser.find("#worker").sendKeys("sw-a-" + suffix);
        browser.find("[data-test=meeting-filters] button[type=submit]").click();
        browser.awaitUrlContaining("worker=sw-a-");
        assertThat(references()).containsExactly("MEET-" + suffix + "-A");
        assertThat(browser.text("[data-test=meeting-scope]")).contains("team " + team, "social worker sw-a-" + suffix);
        browser.check("meeting-worker");

        List<WebElement> print = browser.findAll("link[rel=stylesheet][media=print]");
        assertThat(print).singleElement().satisfies(link ->
                assertThat(link.getAttribute("href")).endsWith("/app/meeting-print.css"));
        HttpResponse<String> stylesheet = http.send(HttpRequest.newBuilder(
                URI.create(print.get(0).getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stylesheet.body()).contains("size: A4 landscape", ".app-no-print", "govuk-service-navigation");

        Cookie session = browser.driver().manage().getCookieNamed("PERMANENCE_WEB");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(
                        URI.create(browser.find("[data-test=meeting-csv]").getAttribute("href")))
                .header("Cookie", session.getName() + "=" + session.getValue()).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains("tracking-meeting-"));
        assertThat(csv.body()).startsWith("caseId,laCode,team,socialWorker").contains(first).doesNotContain(second);
    }

    @Test
    void anOpsUserSeesEveryComponentUpTheConsumersAndThePublisher() {
        platform.tokens().operator("ops");
        String username = "ops-operator";

        browser = new Browser(platform.gatewayUrl());
        browser.open("/status");
        browser.signIn(username, platform.tokens().passwordOf(username), "ops-sign-in");
        browser.waitForTitle("Platform status");
        assertThat(browser.text("[data-test=status-components]")).contains("Gateway", "Identity service",
                "case-service", "tracking-service", "reporting-service").doesNotContain("Not reachable", "Down");
        assertThat(browser.text("[data-test=status-consumers]")).contains("tracking-service", "reporting-service")
                .doesNotContain("Not known");
        assertThat(browser.text("[data-test=status-publisher]")).contains("Up").doesNotContain("Not known");
        assertThat(browser.findAll("[data-test=nav-status]")).hasSize(1);
        assertThat(browser.findAll("[data-test=nav-alerts]")).isEmpty();
        browser.check("status");
    }

    @Test
    void aSocialWorkerOfAnotherCouncilSeesNoneOfTheseChildrenNorTheStatusPage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String team = "team-" + suffix.toLowerCase();
        String token = platform.tokens().token("825", "team-manager");
        String child = allocatedCase(token, "OTHER-" + suffix, "sw-o-" + suffix, team);
        awaitAlertsAndList(token, team, 1);
        String username = "meet-sw-" + suffix.toLowerCase() + "@931";
        platform.tokens().makeCouncilUser(username, "931", "social-worker");

        browser = new Browser(platform.gatewayUrl());
        browser.open("/alerts?la=825&team=" + team);
        browser.signIn(username, platform.tokens().passwordOf(username), "meeting-other-council-sign-in");
        browser.waitForTitle("Alerts");
        assertThat(browser.text("main")).doesNotContain("OTHER-" + suffix).contains("0 open alerts");
        browser.check("alerts-other-council");

        browser.open("/meeting?team=" + team);
        browser.waitForTitle("Tracking meeting");
        assertThat(browser.text("main")).doesNotContain("OTHER-" + suffix).contains("0 children in care");
        browser.check("meeting-other-council");

        browser.open("/children/" + child);
        browser.waitForTitle("Page not found");

        browser.open("/status");
        browser.waitForTitle("You cannot see this page");
        browser.check("status-forbidden");
    }

    private List<String> references() {
        return links("[data-test=meeting] tbody tr td:first-child a");
    }

    private List<String> links(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    /** Until the tracking service lists the team's children and has raised an alert of the team's for each. */
    private void awaitAlertsAndList(String token, String team, int children) {
        eventually(() -> {
            HttpResponse<String> list = get("/api/surgery?team=" + team, token);
            assertThat(JSON.readTree(list.body()).path("items").size()).isEqualTo(children);
            HttpResponse<String> alerts = get("/api/alerts?team=" + team + "&size=200", token);
            assertThat(JSON.readTree(alerts.body()).path("items").valueStream()
                    .map(alert -> alert.path("caseId").asString()).distinct().count()).isEqualTo(children);
        });
    }

    private String allocatedCase(String token, String reference, String worker, String team) throws Exception {
        HttpResponse<String> created = send("/api/cases", token, """
                {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-01-10","legalStatus":"C2"}""".formatted(reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = JSON.readTree(created.body()).path("caseId").asString();
        HttpResponse<String> allocated = send("/api/cases/" + caseId + "/allocation", token, """
                {"allocatedOn":"2025-01-12","socialWorker":"%s","team":"%s"}""".formatted(worker, team));
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        // an alert keeps the team and worker of when it was raised: this decision's (a national matching referral
        // overdue since June 2025) are raised after the allocation
        HttpResponse<String> decided = send("/api/cases/" + caseId + "/adoption-decision", token,
                "{\"decidedOn\":\"2025-03-01\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return caseId;
    }
}
