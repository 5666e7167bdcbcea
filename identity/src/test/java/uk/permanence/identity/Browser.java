package uk.permanence.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser with its own cookies that does not follow redirects, so that a test sees each step of a sign-in. */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form the way the page at {@code page} would, with that page's CSRF token. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(page).body());
        if (!csrf.find()) {
            throw new IllegalStateException(page + " has no CSRF token");
        }
        Map<String, String> form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", csrf.group(1));
        return http.send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(IdentityTest.formOf(form)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on the login form; the answer is the redirect to where the browser was going, or back to the form. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }
}
