package uk.permanence.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser signing a person in at the identity service: the authorization-code flow with PKCE through the sign-in
 * form (with its CSRF token), the second factor when asked (from the {@link Authenticator}, enrolling it when the
 * person has none yet), the code read from the redirect and exchanged for tokens, as {@code ./permanence token} does
 * with the command-line client and the web app with its own. The browser keeps its session cookie, for
 * sign-out. {@code baseUrl} is the gateway's or the identity service's own address.
 */
public final class SignIn {

    public static final String CLIENT_ID = "permanence-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1/callback";

    /** The client the flow is for; a public client has no secret. */
    public record Client(String id, String secret, String redirectUri) {

        public static final Client COMMAND_LINE = new Client(CLIENT_ID, null, REDIRECT_URI);
    }

    /** What the token endpoint answered: the access token, and the refresh and ID tokens when the client gets them. */
    public record Tokens(String accessToken, String refreshToken, String idToken) {
    }

    private static final String SECOND_FACTOR = "/login/second-factor";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7=]+)<");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern ACCESS_TOKEN = token("access_token");
    private static final Pattern REFRESH_TOKEN = token("refresh_token");
    private static final Pattern ID_TOKEN = token("id_token");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String baseUrl;
    private final Authenticator authenticator;

    public SignIn(String baseUrl) {
        this(baseUrl, null);
    }

    /** A browser whose person has an authenticator app, for a second factor. */
    public SignIn(String baseUrl, Authenticator authenticator) {
        this.baseUrl = baseUrl;
        this.authenticator = authenticator;
    }

    /** The person's access token from the command-line client, or an {@link IllegalStateException} saying where the
     * flow stopped. */
    public static String accessToken(String baseUrl, String username, String password) {
        return new SignIn(baseUrl).signIn(Client.COMMAND_LINE, username, password).accessToken();
    }

    /** Signs the person in for the client, or throws an {@link IllegalStateException} saying where the flow stopped. */
    public Tokens signIn(Client client, String username, String password) {
        try {
            return flow(client, username, password);
        } catch (IOException e) {
            throw new IllegalStateException("signing " + username + " in at " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET in this browser (with its cookies), following no redirect. */
    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? baseUrl + url : url))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST to the token endpoint as the client (HTTP Basic for a confidential one). */
    public HttpResponse<String> token(Client client, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (client.secret() == null) {
            form.put("client_id", client.id());
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(form))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Tokens flow(Client client, String username, String password) throws IOException, InterruptedException {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        HttpResponse<String> start = get(baseUrl + "/oauth2/authorize?response_type=code&scope=openid&state=cli"
                + "&client_id=" + client.id() + "&redirect_uri=" + encode(client.redirectUri())
                + "&code_challenge_method=S256&code_challenge=" + challenge(verifier));
        String login = location(start);
        if (!login.endsWith("/login")) {
            throw new IllegalStateException("the authorization endpoint answered " + start.statusCode() + " to " + login);
        }
        String next = signInAt(login, username, password, url -> url.startsWith(client.redirectUri()));
        Matcher code = CODE.matcher(next);
        if (!code.find()) {
            throw new IllegalStateException(username + " got no authorization code: " + next);
        }
        HttpResponse<String> tokens = token(client, Map.of("grant_type", "authorization_code",
                "redirect_uri", client.redirectUri(), "code_verifier", verifier,
                "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8)));
        Matcher access = ACCESS_TOKEN.matcher(tokens.body());
        if (tokens.statusCode() != 200 || !access.find()) {
            throw new IllegalStateException("the token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
        }
        return new Tokens(access.group(1), found(REFRESH_TOKEN, tokens.body()), found(ID_TOKEN, tokens.body()));
    }

    /**
     * Signs the person in to the web app as their browser does: the web app's first page sends the browser to the
     * identity service's form and, once signed in, back to that page. This browser then holds the web app's session,
     * for {@link #get}.
     */
    public void signInToWebApp(String username, String password) {
        try {
            String next = baseUrl + "/";
            for (int hops = 0; hops < 4 && !next.endsWith("/login"); hops++) {
                next = location(get(next));
            }
            if (!next.endsWith("/login")) {
                throw new IllegalStateException("the web app did not send the browser to the sign-in form: " + next);
            }
            String page = signInAt(next, username, password, url -> !url.contains("/sign-in/")
                    && !url.contains("/oauth2/") && !url.contains("/login"));
            HttpResponse<String> arrived = get(page);
            if (arrived.statusCode() != 200) {
                throw new IllegalStateException(username + " was signed in but " + page + " answered "
                        + arrived.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("signing " + username + " in to the web app at " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fills in the sign-in form and follows the redirects, giving a second factor when asked, until one arrives. */
    private String signInAt(String login, String username, String password, Predicate<String> arrived)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(login).body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in form at " + login + " has no CSRF token");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf.group(1));
        String next = location(post(login, form));
        for (int hops = 0; hops < 6 && !arrived.test(next); hops++) {
            if (next.contains(SECOND_FACTOR)) {
                next = secondFactor(username, next);
                continue;
            }
            if (next.isEmpty() || next.contains("/login")) {
                throw new IllegalStateException(username + " was not signed in (sent to " + next + ")");
            }
            next = location(get(next));
        }
        return next;
    }

    private String secondFactor(String username, String page) throws IOException, InterruptedException {
        if (authenticator == null) {
            throw new IllegalStateException(username + " was asked for a second factor (sent to " + page + ")");
        }
        HttpResponse<String> shown = get(page);
        for (int hops = 0; hops < 2 && shown.statusCode() == 302; hops++) {
            shown = get(location(shown));
        }
        Matcher secret = SECRET.matcher(shown.body());
        if (secret.find()) {
            authenticator.enrol(secret.group(1));
        }
        Matcher csrf = CSRF.matcher(shown.body());
        Matcher action = ACTION.matcher(shown.body());
        if (!csrf.find() || !action.find()) {
            throw new IllegalStateException("the second-factor page has no form: " + shown.body());
        }
        String next = location(post(baseUrl + action.group(1), Map.of("code",
                authenticator.code(java.time.Instant.now()), "_csrf", csrf.group(1))));
        if (next.contains(SECOND_FACTOR) || next.contains("/login?")) {
            throw new IllegalStateException(username + "'s second factor was refused (sent to " + next + ")");
        }
        return next;
    }

    private static Pattern token(String name) {
        return Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"");
    }

    private static String found(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith("/") ? baseUrl + location : location;
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
