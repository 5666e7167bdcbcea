package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The tracking meeting's list a page at a time and whole to print, and the timeline's Correct and Void offered only
 * to a role the API lets correct and void, in a real browser through the gateway; axe-core on every page.
 */
class MeetingPagesAndRightsInBrowserTest extends InBrowser {

    private static final int CHILDREN = 27;

    @Test
    void aTeamManagerPagesThroughTheMeetingListAndOpensTheWholeListToPrint() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String team = "paged-" + suffix.toLowerCase();
        String username = "paged-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        for (int n = 1; n <= CHILDREN; n++) {
            allocatedCase(token, "PAGED-%s-%02d".formatted(suffix, n), team);
        }
        eventually(() -> {
            HttpResponse<String> list = get("/api/surgery?team=" + team + "&size=1", token);
            assertThat(JSON.readTree(list.body()).path("total").asLong()).isEqualTo(CHILDREN);
        });

        browser = new Browser(platform.gatewayUrl());
        browser.open("/meeting?team=" + team);
        browser.signIn(username, platform.tokens().passwordOf(username), "paged-meeting-sign-in");
        browser.waitForTitle("Tracking meeting");
        assertThat(references()).hasSize(25);
        assertThat(browser.text("[data-test=meeting-count]")).startsWith(CHILDREN + " children in care");
        assertThat(browser.text("[data-test=meeting-showing]")).isEqualTo("Showing 1 to 25, page 1 of 2.");
        assertThat(browser.find("[data-test=nav-meeting]").getAttribute("aria-current")).isEqualTo("page");
        browser.check("meeting-page-1");
        List<String> first = references();

        browser.find("[data-test=meeting-pages] a[rel=next]").click();
        browser.awaitUrlContaining("page=2");
        assertThat(references()).hasSize(CHILDREN - 25).doesNotContainAnyElementsOf(first);
        assertThat(browser.currentUrl()).contains("team=" + team);
        browser.check("meeting-page-2");
        List<String> second = references();

        browser.find("[data-test=meeting-print-link]").click();
        browser.awaitUrlContaining("/meeting/print");
        browser.waitForTitle("Tracking meeting, whole list");
        assertThat(references()).hasSize(CHILDREN).containsAll(first).containsAll(second);
        assertThat(browser.findAll("[data-test=meeting-pages]")).isEmpty();
        assertThat(browser.findAll("link[rel=stylesheet][media=print]")).singleElement().satisfies(link ->
                assertThat(link.getAttribute("href")).endsWith("/app/meeting-print.css"));
        assertThat(browser.find("[data-test=nav-meeting]").getAttribute("aria-current")).isEqualTo("true");
        browser.check("meeting-print");
    }

    @Test
    void correctAndVoidAreOfferedToATeamManagerButNotToAFamilyFinder() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String manager = "rights-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(manager, "825", "team-manager");
        String caseId = allocatedCase(token, "RIGHTS-" + suffix, "rights-" + suffix.toLowerCase());

        browser = new Browser(platform.gatewayUrl());
        browser.open("/children/" + caseId);
        browser.signIn(manager, platform.tokens().passwordOf(manager), "rights-team-manager-sign-in");
        browser.waitForTitle("Child");
        assertThat(browser.findAll("[data-test=correct]")).hasSize(2);
        assertThat(browser.findAll("[data-test=void]")).hasSize(1);
        browser.check("child-team-manager");
        browser.close();

        String finder = "rights-ff-" + suffix.toLowerCase() + "@825";
        platform.tokens().makeCouncilUser(finder, "825", "family-finder");
        browser = new Browser(platform.gatewayUrl());
        browser.open("/children/" + caseId);
        browser.signIn(finder, platform.tokens().passwordOf(finder), "rights-family-finder-sign-in");
        browser.waitForTitle("Child");
        assertThat(browser.text("main")).contains("RIGHTS-" + suffix);
        assertThat(browser.findAll("[data-test=correct]")).isEmpty();
        assertThat(browser.findAll("[data-test=void]")).isEmpty();
        assertThat(browser.findAll("[data-test=event-actions]")).isEmpty();
        browser.check("child-family-finder");

        browser.open("/children/" + caseId + "/events/1/void");
        browser.waitForTitle("You cannot open this page");
        browser.check("void-family-finder");
    }

    private List<String> references() {
        return browser.findAll("[data-test=meeting] tbody tr td:first-child a").stream().map(WebElement::getText)
                .toList();
    }

    /** A child of council 825 allocated to a worker of the team: two events (entering care and allocation). */
    private String allocatedCase(String token, String reference, String team) throws Exception {
        String caseId = newCase(token, reference);
        HttpResponse<String> allocated = send("/api/cases/" + caseId + "/allocation", token, """
                {"allocatedOn":"2025-01-12","socialWorker":"sw-%s","team":"%s"}""".formatted(team, team));
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        return caseId;
    }
}
