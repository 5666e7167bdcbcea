package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Recording milestones in a real browser through the gateway: a team manager records a review and sees the overdue
 * first-review alert clear, meets a refusal with its error summary and records anyway with a reason, meets a stale
 * version (a colleague recorded through the API meanwhile) explained with what was recorded, records again, and
 * corrects and voids events of the timeline; a VAA's worker is offered the four family-finding milestones only.
 * axe-core checks every page visited.
 */
class MilestoneInBrowserTest extends InBrowser {

    @Test
    void aTeamManagerRecordsMeetsARefusalAndAStaleVersionThenCorrectsAndVoidsAndSeesTheAlertClear()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "ms-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        String reference = "MS-" + suffix;
        // entered care long ago and no review held: the first review (20 working days) is overdue
        String caseId = newCase(token, reference);
        eventually(Duration.ofSeconds(60), () -> assertThat(openAlerts(caseId, token)).contains("FIRST_REVIEW"));

        browser = new Browser(platform.gatewayUrl());
        browser.open("/children/" + caseId);
        browser.signIn(username, platform.tokens().passwordOf(username), "milestone-sign-in");
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=alerts]")).contains("First review");
        browser.check("milestone-child");

        // a statutory review, which satisfies the overdue first review
        browser.find("[data-test=record-milestone]").click();
        browser.waitForTitle("Record a milestone");
        assertThat(browser.findAll("[data-milestone]")).hasSize(30);
        browser.check("milestone-choose");
        browser.find("[data-milestone=reviews]").click();
        browser.waitForTitle("Statutory review");
        date("heldOn", "20", "1", "2025");
        new Select(browser.find("#kind")).selectByValue("FIRST");
        new Select(browser.find("#permanencePlan")).selectByValue("ADOPTION");
        browser.check("milestone-form");
        submit();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=recorded]")).contains("Statutory review recorded");
        browser.check("milestone-recorded");
        eventually(Duration.ofSeconds(60), () -> assertThat(openAlerts(caseId, token)).doesNotContain("FIRST_REVIEW"));
        browser.open("/children/" + caseId);
        browser.waitForTitle("Child " + reference);
        assertThat(browser.findAll("[data-test=alerts]").stream().map(WebElement::getText).toList())
                .noneMatch(alerts -> alerts.contains("First review"));

        // an adoption decision dated before the child entered care: refused as implausible, then recorded anyway
        browser.open("/children/" + caseId + "/milestones/adoption-decision");
        browser.waitForTitle("Adoption decision");
        date("decidedOn", "1", "12", "2024");
        submit();
        browser.waitForTitle("Error: Adoption decision");
        assertThat(browser.text("[data-test=error-summary]")).contains("There is a problem",
                "Date decided is before the start of the child's journey");
        assertThat(browser.find("[data-test=error-summary] a[data-field=decidedOn]").getAttribute("href"))
                .endsWith("#decidedOn-day");
        assertThat(browser.text("#decidedOn-error")).contains("Date decided is before");
        assertThat(browser.find("#decidedOn-year").getAttribute("value")).isEqualTo("2024");
        browser.check("milestone-refused");
        browser.find("#overrideReason").sendKeys("The decision was made on a pre-birth plan");
        submit();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=recorded]")).contains("Adoption decision recorded");

        // a colleague records a visit through the API while the placement order form is open
        browser.open("/children/" + caseId + "/milestones/placement-order");
        browser.waitForTitle("Placement order");
        date("grantedOn", "2", "6", "2025");
        HttpResponse<String> visit = send("/api/cases/" + caseId + "/visits", token,
                "{\"visitedOn\":\"2025-06-03\",\"seenAlone\":true}");
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(200);
        submit();
        await("[data-test=stale]");
        assertThat(browser.text("[data-test=stale]")).contains("Someone else recorded",
                "Statutory visit made on 3 June 2025", "by " + username);
        assertThat(browser.find("#grantedOn-day").getAttribute("value")).isEqualTo("2");
        browser.check("milestone-stale");
        submit();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=recorded]")).contains("Placement order recorded");
        assertThat(placementOrder()).isEqualTo("2 June 2025");

        // correct the placement order's date
        timelineAction("Placement order granted", "Correct");
        browser.waitForTitle("Correct Placement order granted");
        browser.check("milestone-correct-field");
        browser.driver().findElement(By.cssSelector("label[for=field]")).click();
        submit("main form button[type=submit]");
        await("#value-day");
        date("value", "3", "6", "2025");
        browser.find("#reason").sendKeys("The sealed order is dated 3 June");
        browser.check("milestone-correct");
        submit();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=recorded]")).contains("Correction recorded");
        assertThat(placementOrder()).isEqualTo("3 June 2025");
        assertThat(browser.text("[data-test=timeline]")).contains("Correction");

        // void the visit recorded in error
        timelineAction("Statutory visit made", "Void");
        browser.waitForTitle("Void Statutory visit made");
        browser.find("#reason").sendKeys("Recorded on the wrong child");
        browser.check("milestone-void");
        submit();
        browser.waitForTitle("Child " + reference);
        assertThat(browser.text("[data-test=recorded]")).contains("Statutory visit made voided");
        assertThat(browser.text("[data-test=timeline]")).contains("Voided");
        browser.check("milestone-voided");
    }

    @Test
    void aVaasWorkerIsOfferedTheFourFamilyFindingMilestonesOnly() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String vaa = "vaa-ms-" + suffix.toLowerCase();
        String owner = platform.tokens().token("825", "team-manager");
        String shared = newCase(owner, "MSV-" + suffix);
        HttpResponse<String> share = send("/api/cases/" + shared + "/vaa-shares", owner,
                "{\"sharedOn\":\"2025-07-01\",\"vaaId\":\"" + vaa + "\"}");
        assertThat(share.statusCode()).as(share.body()).isEqualTo(200);
        platform.tokens().tokenOf("vaa", vaa, "vaa-worker");
        String username = "vaa-worker@" + vaa;

        browser = new Browser(platform.gatewayUrl());
        browser.open("/children/" + shared + "/milestones");
        browser.signIn(username, platform.tokens().passwordOf(username), "milestone-vaa-sign-in");
        browser.waitForTitle("Record a milestone");
        assertThat(browser.findAll("[data-milestone]").stream().map(link -> link.getAttribute("data-milestone")))
                .containsExactlyInAnyOrder("adopter-links", "adopter-link-ends", "match", "placement-for-adoption");
        assertThat(browser.text("[data-test=family-finding-only]")).contains("family-finding");
        browser.check("milestone-vaa-choose");

        browser.find("[data-milestone=adopter-links]").click();
        browser.waitForTitle("Link with prospective adopters");
        date("linkedOn", "2", "7", "2025");
        browser.find("#linkId").sendKeys("L-" + suffix);
        new Select(browser.find("#agency")).selectByValue("VAA");
        browser.find("#agencyId").sendKeys(vaa);
        browser.check("milestone-vaa-form");
        submit();
        browser.waitForTitle("Child MSV-" + suffix);
        assertThat(browser.text("[data-test=recorded]")).contains("Link with prospective adopters recorded");
        browser.check("milestone-vaa-recorded");

        browser.open("/children/" + shared + "/milestones/placement-order");
        browser.waitForTitle("Page not found");
    }

    private void await(String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "at " + browser.currentUrl())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The case file's placement order date, as the child's page shows it. */
    private String placementOrder() {
        return browser.driver().findElement(By.xpath(
                "//dt[normalize-space()='Placement order']/following-sibling::dd")).getText();
    }

    private void date(String field, String day, String month, String year) {
        for (List<String> part : List.of(List.of("day", day), List.of("month", month), List.of("year", year))) {
            WebElement input = browser.find("#" + field + "-" + part.get(0));
            input.clear();
            input.sendKeys(part.get(1));
        }
    }

    private void submit() {
        submit("[data-test=milestone-form] button[type=submit]");
    }

    private void submit(String css) {
        browser.find(css).click();
    }

    /** Follows an event's "Correct" or "Void" link in the child's timeline. */
    private void timelineAction(String event, String action) {
        WebElement entry = browser.findAll("[data-test=timeline] li").stream()
                .filter(item -> item.findElement(By.tagName("h3")).getText().startsWith(event)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " in the timeline"));
        entry.findElement(By.partialLinkText(action)).click();
    }

    private String openAlerts(String caseId, String token) throws Exception {
        HttpResponse<String> alerts = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl()
                        + "/api/alerts?caseId=" + caseId + "&status=open&size=200")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(alerts.statusCode()).as(alerts.body()).isEqualTo(200);
        JsonNode items = JSON.readTree(alerts.body()).path("items");
        StringBuilder rules = new StringBuilder();
        items.forEach(item -> rules.append(item.path("rule").asString()).append(' '));
        return rules.toString();
    }
}
