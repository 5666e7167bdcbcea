package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The report pages in a real browser through the gateway: a team manager opens every report (axe-core on each),
 * changes the period, is shown a refused one in the error summary, and downloads the quarterly return's CSV with the
 * browser's own session; an RAA lead sees the RAA's scorecard with its member councils side by side; a social
 * worker is told they do not have access.
 */
class ReportsInBrowserTest extends InBrowser {

    private static final List<String> REPORTS = List.of("scorecard", "cohorts", "quarterly-return", "run-charts",
            "data-quality", "cost-of-delay", "proceedings", "summary");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @Test
    void aTeamManagerOpensEveryReportChangesThePeriodAndDownloadsTheQuarterlyReturn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "reports-tm-" + suffix.toLowerCase() + "@825";
        platform.tokens().tokenFor(username, "825", "team-manager");

        browser = new Browser(platform.gatewayUrl());
        browser.open("/reports");
        browser.signIn(username, platform.tokens().passwordOf(username), "reports-sign-in");
        browser.waitForTitle("Reports");
        assertThat(browser.findAll("[data-test=reports] a")).hasSize(REPORTS.size());
        browser.check("reports");

        for (String report : REPORTS) {
            browser.open("/reports/" + report);
            browser.waitForTitle("Reports – Permanence");
            assertThat(browser.findAll("[data-test=error-summary]")).as(report).isEmpty();
            assertThat(browser.text("[data-test=as-of]")).as(report).startsWith("As recorded by");
            assertThat(new Select(browser.find("#scope")).getFirstSelectedOption().getText())
                    .isEqualTo("Buckinghamshire (825)");
            browser.check("report-" + report);
        }
        browser.open("/reports/run-charts");
        browser.waitForTitle("Run charts");
        assertThat(browser.findAll("svg[role=img] title")).hasSize(3);

        browser.open("/reports/cohorts");
        browser.waitForTitle("Prospective cohorts");
        type("from", "1", "4", "2024");
        type("to", "31", "3", "2025");
        browser.find("[data-test=show-report]").click();
        browser.waitForTitle("Prospective cohorts");
        assertThat(browser.text("[data-test=period]")).contains("1 April 2024 to 31 March 2025");
        assertThat(browser.currentUrl()).contains("from-year=2024", "to-year=2025");
        browser.check("report-cohorts-changed");

        type("from", "1", "4", "2026");
        browser.find("[data-test=show-report]").click();
        browser.waitForTitle("Error: Prospective cohorts");
        assertThat(browser.text("[data-test=error-summary]")).contains("Start of the period must not be after the end of the period");
        assertThat(browser.find("[data-test=error-summary] a").getAttribute("href")).endsWith("#from-day");
        browser.check("report-cohorts-refused");

        browser.open("/reports/quarterly-return");
        browser.waitForTitle("Quarterly return");
        browser.find("#quarter-year").clear();
        browser.find("#quarter-year").sendKeys("2025");
        new Select(browser.find("#quarter-number")).selectByValue("1");
        browser.find("[data-test=show-report]").click();
        browser.waitForTitle("Quarterly return");
        assertThat(browser.text("[data-test=period]")).contains("2025-Q1", "1 January 2025 to 31 March 2025");
        assertThat(browser.text("[data-test=quarterly-return]")).contains("Buckinghamshire (825)",
                "ADM decisions", "Matches").doesNotContain("Total");
        browser.check("report-quarterly-return-2025-q1");

        String href = browser.find("[data-test=download-csv]").getAttribute("href");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(30))
                .header("Cookie", cookies()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"quarterly-return-825-2025-Q1.csv\"");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("la_code,adm_decisions,placement_orders,placement_consents,matches");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("825,");
        assertThat(rows.get(2)).startsWith("total,");
        assertThat(rows.get(1).substring(4)).isEqualTo(rows.get(2).substring(6));

        HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(URI.create(href))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).as("without the session").isEqualTo(302);
    }

    @Test
    void anRaaLeadSeesTheRaasScorecardWithItsMemberCouncilsSideBySide() throws Exception {
        platform.tokens().tokenOf("raa", "adopt-thames-valley", "raa-lead");
        String username = "raa-lead@adopt-thames-valley";

        browser = new Browser(platform.gatewayUrl());
        browser.open("/reports/scorecard");
        browser.signIn(username, platform.tokens().passwordOf(username), "reports-raa-sign-in");
        browser.waitForTitle("Adoption scorecard");
        assertThat(new Select(browser.find("#scope")).getFirstSelectedOption().getText())
                .isEqualTo("Adopt Thames Valley (all member councils)");
        List<String> headings = browser.findAll("[data-test=scorecard] thead th").stream().map(WebElement::getText)
                .toList();
        assertThat(headings).startsWith("Measure", "Adopt Thames Valley (all councils)")
                .contains("Buckinghamshire (825)", "Milton Keynes (826)").endsWith("National threshold");
        assertThat(browser.text("[data-test=a1]")).contains("days");
        browser.check("report-scorecard-raa");

        new Select(browser.find("#scope")).selectByVisibleText("Milton Keynes (826)");
        browser.find("[data-test=show-report]").click();
        browser.waitForTitle("Adoption scorecard");
        assertThat(browser.findAll("[data-test=scorecard] thead th").stream().map(WebElement::getText).toList())
                .containsExactly("Measure", "Milton Keynes (826)", "National threshold");

        browser.open("/reports/run-charts");
        browser.waitForTitle("Run charts");
        browser.check("report-run-charts-raa");
    }

    @Test
    void aSocialWorkerIsToldTheyDoNotHaveAccessToReports() throws Exception {
        String username = "reports-sw-" + UUID.randomUUID().toString().substring(0, 8) + "@825";
        platform.tokens().tokenFor(username, "825", "social-worker");

        browser = new Browser(platform.gatewayUrl());
        browser.open("/reports/scorecard");
        browser.signIn(username, platform.tokens().passwordOf(username), "reports-sw-sign-in");
        browser.waitForTitle("You do not have access to reports");
        assertThat(browser.text("[data-test=no-access]")).isEqualTo("You do not have access to reports");
        browser.check("reports-no-access");
    }

    private void type(String field, String day, String month, String year) {
        for (String[] part : new String[][] {{"day", day}, {"month", month}, {"year", year}}) {
            WebElement input = browser.find("#" + field + "-" + part[0]);
            input.clear();
            input.sendKeys(part[1]);
        }
    }

    /** The browser's cookies for the platform, as a Cookie header: the download is fetched as the browser would. */
    private String cookies() {
        return browser.driver().manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }
}
