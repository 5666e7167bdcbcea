package uk.permanence.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import uk.permanence.testing.SignIn;

/**
 * The web app's pages as a signed-in person opens them through the gateway: each page requested one after another,
 * the time from sending to the last byte of its HTML (the server's work, including its own calls to the API, on
 * loopback), and the JavaScript any page of the run ships (every script it names, fetched once).
 *
 * <p>Usage: {@code WebPages GATEWAY_URL USERNAME PASSWORD REQUESTS PATH...}. A path containing {@code {child}} is
 * requested for the children the caseload's first page links to, in turn.
 */
public final class WebPages {

    private static final Pattern CHILD = Pattern.compile("href=\"/children/([0-9a-f-]{36})\"");
    private static final Pattern SCRIPT = Pattern.compile("(?:src|data-govuk-frontend)=\"([^\"]+\\.js)\"");

    private WebPages() {
    }

    record Timed(String path, double p50Ms, double p95Ms, double maxMs, int kilobytes, int failed) {
    }

    public static void main(String[] args) throws Exception {
        SignIn browser = new SignIn(args[0]);
        browser.signInToWebApp(args[1], args[2]);
        int requests = Integer.parseInt(args[3]);
        List<String> children = new ArrayList<>();
        Matcher child = CHILD.matcher(browser.get("/").body());
        while (child.find()) {
            children.add(child.group(1));
        }
        Set<String> scripts = new LinkedHashSet<>();
        List<String> timed = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String path = args[i];
            if (path.contains("{child}") && children.isEmpty()) {
                throw new IllegalStateException("the caseload links to no child, so " + path + " cannot be timed");
            }
            for (int round = 0; round < 5; round++) {
                browser.get(pathFor(path, children, round));
            }
            Histogram millis = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
            int failed = 0;
            int bytes = 0;
            for (int round = 0; round < requests; round++) {
                long start = System.nanoTime();
                HttpResponse<String> page = browser.get(pathFor(path, children, round));
                millis.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start),
                        millis.getHighestTrackableValue()));
                if (page.statusCode() != 200) {
                    failed++;
                }
                bytes = Math.max(bytes, page.body().length());
                Matcher script = SCRIPT.matcher(page.body());
                while (script.find()) {
                    scripts.add(script.group(1));
                }
            }
            timed.add(String.format(Locale.ROOT, "{\"path\":\"%s\",\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"maxMs\":%.1f,"
                            + "\"kilobytes\":%d,\"failed\":%d}", path, millis.getValueAtPercentile(50) / 1000.0,
                    millis.getValueAtPercentile(95) / 1000.0, millis.getMaxValue() / 1000.0, bytes / 1024, failed));
        }
        long javascript = 0;
        for (String script : scripts) {
            javascript += browser.get(URI.create(args[0]).resolve(script).toString()).body()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        System.out.printf(Locale.ROOT, "{\"name\":\"web-pages\",\"user\":\"%s\",\"requestsPerPage\":%d,"
                        + "\"javascriptKilobytes\":%d,\"scripts\":%d,\"pages\":[%s]}%n", args[1], requests,
                javascript / 1024, scripts.size(), String.join(",", timed));
    }

    private static String pathFor(String path, List<String> children, int round) {
        return path.contains("{child}") ? path.replace("{child}", children.get(round % children.size())) : path;
    }
}
