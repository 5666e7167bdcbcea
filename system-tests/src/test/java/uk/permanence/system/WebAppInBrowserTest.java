package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app in a real browser (Debian's chromium, headless, driven by its chromium-driver), through the gateway
 * as people reach it: signing in at the identity service's form, the caseload, a search, a child, signing out; and a
 * VAA's worker, who sees only the child shared with the VAA. axe-core checks every page visited for accessibility
 * problems (none allowed); a screenshot of each is written under {@code target/screenshots/}.
 */
class WebAppInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private static LocalPlatform platform;
    private static String axe;

    private final HttpClient http = HttpClient.newHttpClient();
    private WebDriver browser;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
        try (InputStream script = WebAppInBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeamManagerSignsInFindsAChildInTheCaseloadOpensItAndSignsOut() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "web-tm-" + suffix.toLowerCase() + "@825";
        String token = platform.tokens().tokenFor(username, "825", "team-manager");
        String wanted = newCase(token, "WEB-" + suffix + "-A");
        newCase(token, "WEB-" + suffix + "-B");
        eventually(() -> assertThat(get("/api/cases/" + wanted + "/timeliness", token).statusCode()).isEqualTo(200));

        browser = chromium();
        browser.get(platform.gatewayUrl() + "/");
        signIn(username, platform.tokens().passwordOf(username), "team-manager-sign-in");

        waitForTitle("Caseload");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(browser.getCurrentUrl()).startsWith(platform.gatewayUrl());
        assertThat(text("[data-test=signed-in]")).contains(username);
        assertThat(text("[data-test=caseload]")).contains("Case reference", "Council", "Age", "Stage");
        check("caseload");

        WebElement search = browser.findElement(By.id("reference"));
        search.sendKeys("web-" + suffix);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitForTitle("Caseload");
        assertThat(references()).containsExactly("WEB-" + suffix + "-A", "WEB-" + suffix + "-B");
        assertThat(text("[data-test=caseload-count]")).contains("2 children");
        check("caseload-search");

        browser.findElement(By.linkText("WEB-" + suffix + "-A")).click();
        waitForTitle("Child WEB-" + suffix + "-A");
        assertThat(browser.getCurrentUrl()).isEqualTo(platform.gatewayUrl() + "/children/" + wanted);
        assertThat(text("[data-test=case-reference]")).isEqualTo("WEB-" + suffix + "-A");
        assertThat(text("main")).contains("Buckinghamshire (825)", "1 May 2024");
        assertThat(text("[data-test=timeliness]")).contains("Days in care", "A1");
        assertThat(browser.findElements(By.cssSelector("[data-test=timeline] li"))).isNotEmpty();
        assertThat(text("[data-test=timeline]")).contains("Recorded", "by " + username);
        check("child");

        browser.findElement(By.cssSelector("button.app-sign-out__button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        browser.get(platform.gatewayUrl() + "/children/" + wanted);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.cssSelector("[data-test=case-reference]"))).isEmpty();
        screenshot("signed-out");
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

        browser = chromium();
        browser.get(platform.gatewayUrl() + "/");
        signIn(username, platform.tokens().passwordOf(username), "vaa-sign-in");

        waitForTitle("Caseload");
        assertThat(references()).containsExactly("VAA-" + suffix + "-SHARED");
        assertThat(text("[data-test=caseload-count]")).contains("1 child");
        check("vaa-caseload");

        browser.findElement(By.linkText("VAA-" + suffix + "-SHARED")).click();
        waitForTitle("Child VAA-" + suffix + "-SHARED");
        assertThat(text("[data-test=shared-view]")).contains("shared with your agency");
        assertThat(browser.findElements(By.cssSelector("[data-test=timeline]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=timeliness]"))).isEmpty();
        assertThat(text("main")).doesNotContain("Social worker");
        check("vaa-child");

        browser.get(platform.gatewayUrl() + "/children/" + notShared);
        waitForTitle("Page not found");
        assertThat(text("main")).doesNotContain("VAA-" + suffix + "-PRIVATE");
        check("vaa-child-not-shared");
    }

    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(driver, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    /** The identity service's sign-in form, reached through the gateway as the web app sends people there. */
    private void signIn(String username, String password, String screenshot) throws IOException {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.getCurrentUrl()).startsWith(platform.gatewayUrl() + "/login");
        check(screenshot);
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
    }

    private void waitForTitle(String title) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "at " + browser.getCurrentUrl())
                .until(ExpectedConditions.titleContains(title));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private List<String> references() {
        return browser.findElements(By.cssSelector("[data-test=caseload] tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * A screenshot, and axe-core's WCAG 2.x A and AA rules and best practices on the page as it is now (injected by
     * the driver, which the page's Content-Security-Policy does not govern): no violation allowed.
     */
    private void check(String page) throws IOException {
        screenshot(page);
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(axe);
        Object violations = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                    .then(results => done(JSON.stringify(results.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))))
                    .catch(error => done('axe-core failed: ' + error));""", AXE_TAGS);
        assertThat(violations).as("axe-core's violations on " + page + " (" + browser.getCurrentUrl() + ")")
                .isEqualTo("[]");
    }

    private void screenshot(String page) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String newCase(String token, String reference) throws Exception {
        HttpResponse<String> created = send("/api/cases", token, """
                {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-01-10","legalStatus":"C2"}""".formatted(reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("caseId").asString();
    }

    private HttpResponse<String> send(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
