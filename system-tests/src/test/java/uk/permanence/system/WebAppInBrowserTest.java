package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web app in a real browser (Debian's chromium, headless, driven by its chromium-driver), through the gateway
 * as people reach it: signing in at the identity service's form, the caseload, a search, a child, signing out; and a
 * VAA's worker, who sees only the child shared with the VAA. axe-core checks every page visited for accessibility
 * problems (none allowed); a screenshot of each is written under {@code target/screenshots/}.
 */
class WebAppInBrowserTest extends InBrowser {

    @Test
    void aTeamManagerSignsInFindsAChildInTheCaseloadOpensItAndSignsOut() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "web-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        String wanted = newCase(token, "WEB-" + suffix + "-A");
        newCase(token, "WEB-" + suffix + "-B");
        eventually(() -> assertThat(get("/api/cases/" + wanted + "/timeliness", token).statusCode()).isEqualTo(200));

        browser = new Browser(platform.gatewayUrl());
        browser.open("/");
        browser.signIn(username, platform.tokens().passwordOf(username), "team-manager-sign-in");

        waitForTitle("Caseload");
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/");
        assertThat(browser.currentUrl()).startsWith(platform.gatewayUrl());
        assertThat(text("[data-test=signed-in]")).contains(username);
        assertThat(text("[data-test=caseload]")).contains("Case reference", "Council", "Age", "Stage");
        check("caseload");

        browser.find("#reference").sendKeys("web-" + suffix);
        browser.find("main form button[type=submit]").click();
        waitForTitle("Caseload");
        assertThat(references()).containsExactly("WEB-" + suffix + "-A", "WEB-" + suffix + "-B");
        assertThat(text("[data-test=caseload-count]")).contains("2 children");
        check("caseload-search");

        openByKeyboardAlone("WEB-" + suffix + "-A");
        waitForTitle("Child WEB-" + suffix + "-A");
        assertThat(browser.currentUrl()).isEqualTo(platform.gatewayUrl() + "/children/" + wanted);
        assertThat(text("[data-test=case-reference]")).isEqualTo("WEB-" + suffix + "-A");
        assertThat(text("main")).contains("Buckinghamshire (825)", "1 May 2024");
        assertThat(text("[data-test=timeliness]")).contains("Days in care", "A1");
        assertThat(browser.findAll("[data-test=timeline] li")).isNotEmpty();
        assertThat(text("[data-test=timeline]")).contains("Recorded", "by " + username);
        check("child");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.open("/children/" + wanted + "?asOf-day=" + today.getDayOfMonth() + "&asOf-month="
                + today.getMonthValue() + "&asOf-year=" + today.getYear());
        waitForTitle("Child WEB-" + suffix + "-A");
        assertThat(text("[data-test=as-of]")).contains("as it was recorded by the end of");
        assertThat(text("[data-test=timeline]")).contains("Child entered care");
        check("child-as-recorded-by-a-past-date");
        browser.open("/children/" + wanted + "?asOf-day=1&asOf-month=1&asOf-year=2020");
        waitForTitle("Child WEB-" + suffix + "-A");
        assertThat(text("[data-test=as-of]")).contains("Nothing had been recorded for this child");
        browser.open("/children/" + wanted + "?asOf-day=31&asOf-month=2&asOf-year=2025");
        waitForTitle("Error: Child WEB-" + suffix + "-A");
        assertThat(text("[data-test=error-summary]")).contains("must be a real date");
        check("child-past-date-refused");

        browser.find("button.app-sign-out__button").click();
        browser.awaitUrlContaining("/login");
        browser.open("/children/" + wanted);
        browser.awaitUrlContaining("/login");
        assertThat(browser.findAll("[data-test=case-reference]")).isEmpty();
        browser.screenshot("signed-out");
    }

    @Test
    void aVaasWorkerSeesOnlyTheChildSharedWithTheVaaAndOnlyWhatFamilyFindingNeeds() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String vaa = "vaa-web-" + suffix.toLowerCase();
        String owner = platform.tokens().token("825", "team-manager");
        String shared = newCase(owner, "VAA-" + suffix + "-SHARED");
        String notShared = newCase(owner, "VAA-" + suffix + "-PRIVATE");
        HttpResponse<String> share = send("/api/cases/" + shared + "/vaa-shares", owner,
                "{\"sharedOn\":\"2025-07-01\",\"vaaId\":\"" + vaa + "\"}");
        assertThat(share.statusCode()).as(share.body()).isEqualTo(200);
        platform.tokens().tokenOf("vaa", vaa, "vaa-worker");
        String username = "vaa-worker@" + vaa;

        browser = new Browser(platform.gatewayUrl());
        browser.open("/");
        browser.signIn(username, platform.tokens().passwordOf(username), "vaa-sign-in");

        waitForTitle("Caseload");
        assertThat(references()).containsExactly("VAA-" + suffix + "-SHARED");
        assertThat(text("[data-test=caseload-count]")).contains("1 child");
        check("vaa-caseload");

        browser.driver().findElement(By.linkText("VAA-" + suffix + "-SHARED")).click();
        waitForTitle("Child VAA-" + suffix + "-SHARED");
        assertThat(text("[data-test=shared-view]")).contains("shared with your agency");
        assertThat(browser.findAll("[data-test=timeline]")).isEmpty();
        assertThat(browser.findAll("[data-test=timeliness]")).isEmpty();
        assertThat(text("main")).doesNotContain("Social worker");
        check("vaa-child");

        browser.open("/children/" + notShared);
        waitForTitle("Page not found");
        assertThat(text("main")).doesNotContain("VAA-" + suffix + "-PRIVATE");
        check("vaa-child-not-shared");
    }

    private String text(String css) {
        return browser.text(css);
    }

    private void check(String page) {
        browser.check(page);
    }

    private void waitForTitle(String title) {
        browser.waitForTitle(title);
    }

    /**
     * The first Tab reaches GOV.UK's skip link, Enter on it moves focus to the main content, and Tab from there
     * reaches the link, which Enter follows: no mouse.
     */
    private void openByKeyboardAlone(String linkText) {
        Actions keyboard = new Actions(browser.driver());
        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(focused().getText()).isEqualTo("Skip to main content");
        keyboard.sendKeys(Keys.ENTER).perform();
        for (int tabs = 0; tabs < 80 && !linkText.equals(focused().getText()); tabs++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getText()).as("the link reached by Tab").isEqualTo(linkText);
        keyboard.sendKeys(Keys.ENTER).perform();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private List<String> references() {
        return browser.findAll("[data-test=caseload] tbody tr td:first-child a").stream()
                .map(WebElement::getText).toList();
    }
}
