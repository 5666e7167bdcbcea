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
import org.openqa.selenium.support.ui.Select;

/**
 * The caseload in a real browser through the gateway: a team manager filters by team, by stage and to overdue
 * children, sorts by a column header's link both ways, searches by part of a case reference, pages keep the filters,
 * and the CSV download carries the same children as an attachment. axe-core checks every page (none allowed).
 */
class CaseloadInBrowserTest extends InBrowser {

    @Test
    void aTeamManagerFiltersSortsSearchesAndDownloadsTheCaseloadAsCsv() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String team = "team-" + suffix.toLowerCase();
        String username = "caseload-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // two children waiting since January 2025 (a first review and more overdue), one who came into care yesterday
        String first = newCase(token, "CASELOAD-" + suffix + "-1", "2025-01-10", "2019-05-01");
        String second = newCase(token, "CASELOAD-" + suffix + "-2", "2025-01-10", "2024-05-01");
        String recent = newCase(token, "CASELOAD-" + suffix + "-3", today.minusDays(1).toString(), "2022-05-01");
        for (String caseId : List.of(first, second, recent)) {
            HttpResponse<String> allocated = send("/api/cases/" + caseId + "/allocation", token, """
                    {"allocatedOn":"%s","socialWorker":"sw.%s","team":"%s"}"""
                    .formatted(today.minusDays(1), caseId.equals(recent) ? "bob" : "ann", team));
            assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        }
        eventually(Duration.ofSeconds(30), () -> assertThat(get("/api/caseload?team=" + team + "&worker=sw.bob",
                token).body()).contains("\"total\":1"));

        browser = new Browser(platform.gatewayUrl());
        browser.open("/?team=" + team);
        browser.signIn(username, platform.tokens().passwordOf(username), "caseload-sign-in");
        browser.waitForTitle("Caseload");
        assertThat(references()).containsExactly(ref(suffix, 1), ref(suffix, 2), ref(suffix, 3));
        assertThat(browser.text("[data-test=caseload-count]")).isEqualTo("3 children match the filters.");
        assertThat(browser.text("[data-test=caseload] thead")).contains("Case reference", "Council", "Age", "Stage",
                "Plan", "Social worker", "Family-finder", "Days at stage", "Next deadline", "Overdue");
        List<String> overdue = browser.findAll("[data-test=overdue]").stream().map(WebElement::getText).toList();
        assertThat(overdue.get(0)).contains("Overdue", "First review");
        assertThat(overdue.get(2)).isEqualTo("Nothing overdue");
        assertThat(browser.find("[data-test=caseload] th[aria-sort=ascending]").getText()).contains("Case reference");
        browser.check("caseload-team");

        browser.find("label[for=overdue]").click();
        browser.find("#filters button[type=submit]").click();
        browser.waitForTitle("Caseload");
        assertThat(references()).containsExactly(ref(suffix, 1), ref(suffix, 2));
        browser.check("caseload-overdue");

        browser.find("[data-test=sort-reference]").click();
        browser.waitForTitle("Caseload");
        assertThat(references()).containsExactly(ref(suffix, 2), ref(suffix, 1));
        assertThat(browser.find("[data-test=caseload] th[aria-sort=descending]").getText()).contains("Case reference");
        assertThat(browser.currentUrl()).contains("overdue=true", "sort=-reference", "team=" + team);
        browser.find("[data-test=sort-age]").click();
        browser.waitForTitle("Caseload");
        assertThat(references()).containsExactly(ref(suffix, 2), ref(suffix, 1));
        browser.check("caseload-sorted");

        browser.open("/?team=" + team);
        browser.waitForTitle("Caseload");
        new Select(browser.find("#stage")).selectByValue("IN_CARE");
        browser.find("#worker").sendKeys("sw.bob");
        browser.find("#filters button[type=submit]").click();
        browser.waitForTitle("Caseload");
        assertThat(references()).containsExactly(ref(suffix, 3));

        browser.open("/");
        browser.waitForTitle("Caseload");
        browser.find("#reference").sendKeys("caseload-" + suffix.toLowerCase() + "-2");
        browser.find("#filters button[type=submit]").click();
        browser.waitForTitle("Caseload");
        assertThat(references()).containsExactly(ref(suffix, 2));
        browser.check("caseload-search");

        browser.open("/?team=" + team + "&stage=NOT_A_STAGE");
        browser.waitForTitle("Error: Caseload");
        assertThat(browser.text("[data-test=error-summary]")).contains("Stage must be one of");
        browser.check("caseload-refused-filter");

        browser.open("/?team=" + team + "&sort=-age");
        browser.waitForTitle("Caseload");
        String csvLink = browser.find("[data-test=download-csv]").getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("PERMANENCE_WEB");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(csvLink))
                        .header("Cookie", session.getName() + "=" + session.getValue()).timeout(Duration.ofSeconds(30))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"caseload-"
                + today + ".csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("caseReference,caseId,laCode,dateOfBirth");
        // the oldest first, as the page was sorted
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[0])
                .containsExactly(ref(suffix, 1), ref(suffix, 3), ref(suffix, 2));
        assertThat(lines.get(1)).contains(first, "sw.ann", team, "FIRST_REVIEW");
    }

    private static String ref(String suffix, int number) {
        return "CASELOAD-" + suffix + "-" + number;
    }

    private List<String> references() {
        return browser.findAll("[data-test=caseload] tbody tr td:first-child a").stream()
                .map(WebElement::getText).toList();
    }
}
