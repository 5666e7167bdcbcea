package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless chromium (Debian's, driven by its chromium-driver) on the platform's public address, as people reach
 * the web app. {@link #check} writes a screenshot under {@code target/screenshots/} and runs axe-core's WCAG 2.x A and
 * AA rules and best practices on the page, allowing no violation.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");
    private static final String AXE = axe();

    private final ChromeDriver chrome;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        chrome = new ChromeDriver(driver, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return chrome;
    }

    /** Opens a path on the platform's public address. */
    void open(String path) {
        chrome.get(baseUrl + path);
    }

    String currentUrl() {
        return chrome.getCurrentUrl();
    }

    /** The identity service's sign-in form, reached through the gateway as the web app sends people there. */
    void signIn(String username, String password, String screenshot) {
        awaitUrlContaining("/login");
        assertThat(chrome.getCurrentUrl()).startsWith(baseUrl + "/login");
        check(screenshot);
        chrome.findElement(By.name("username")).sendKeys(username);
        chrome.findElement(By.name("password")).sendKeys(password);
        chrome.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
    }

    void awaitUrlContaining(String part) {
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    void waitForTitle(String title) {
        new WebDriverWait(chrome, Duration.ofSeconds(30)).withMessage(() -> "at " + chrome.getCurrentUrl())
                .until(ExpectedConditions.titleContains(title));
    }

    WebElement find(String css) {
        return chrome.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return chrome.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** A screenshot, then axe-core on the page as it is now (injected by the driver, outside the page's CSP). */
    void check(String page) {
        screenshot(page);
        JavascriptExecutor script = chrome;
        script.executeScript(AXE);
        Object violations = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                    .then(results => done(JSON.stringify(results.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, nodes: v.nodes.map(n => n.target.join(' '))})))))
                    .catch(error => done('axe-core failed: ' + error));""", AXE_TAGS);
        assertThat(violations).as("axe-core's violations on " + page + " (" + chrome.getCurrentUrl() + ")")
                .isEqualTo("[]");
    }

    void screenshot(String page) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = chrome.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chrome.quit();
    }

    private static String axe() {
        try (InputStream script = Browser.class.getResourceAsStream("/axe.min.js")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
