package uk.permanence.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.testing.RealInfrastructure;
import uk.permanence.tokens.TokenRules;

/**
 * The identity service on a free port against the real test PostgreSQL, called over HTTP as a client would. Every
 * test class extends this one, so that they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"permanence.identity.web.client-secret=" + IdentityTest.WEB_SECRET,
                "permanence.identity.platform-admin.password=" + IdentityTest.PLATFORM_ADMIN_PASSWORD,
                "permanence.identity.keys.encryption-key=" + IdentityTest.KEY_ENCRYPTION_KEY,
                // as the demo runs; the second-factor tests ask for it per council
                "permanence.identity.second-factor.required-by-default=false"})
@ContextConfiguration(initializers = RealInfrastructure.class)
public abstract class IdentityTest {

    protected static final String WEB_SECRET = "web-client-secret-for-tests";
    protected static final String WEB_REDIRECT = "http://localhost:8090/login/oauth2/code/permanence";
    protected static final String PLATFORM_ADMIN_PASSWORD = "platform-admin-password-for-tests";
    /** 32 bytes, base64: only for tests. */
    public static final String KEY_ENCRYPTION_KEY = "dGVzdC1rZXktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected IdentityProperties properties;

    protected final HttpClient http = HttpClient.newHttpClient();

    protected URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST to the token endpoint, the client authenticating with HTTP Basic. */
    protected HttpResponse<String> token(String clientId, String secret, Map<String, String> form)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(url("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formOf(form)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs a person in through the web app's flow (authorization code with PKCE) in a fresh browser and returns
     * their access token.
     */
    protected String accessTokenOf(String username, String password) throws Exception {
        Browser browser = new Browser(port);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        browser.get("/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s&redirect_uri="
                + URLEncoder.encode(WEB_REDIRECT, StandardCharsets.UTF_8)
                + "&code_challenge_method=S256&code_challenge=" + challenge);
        String back = Browser.location(browser.get(Browser.location(browser.signIn(username, password))));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(back);
        if (!code.find()) {
            throw new IllegalStateException(username + " was not signed in: " + back);
        }
        HttpResponse<String> tokens = token("web", WEB_SECRET, Map.of("grant_type", "authorization_code",
                "code", code.group(1), "redirect_uri", WEB_REDIRECT, "code_verifier", verifier));
        return json(tokens).get("access_token").asString();
    }

    public static String formOf(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /**
     * Verifies a token as the gateway and every service will: its signature against this service's published JWK
     * set (RS256), then the platform's token rules (issuer, audience, expiry, sub, iat, lifetime).
     */
    protected Jwt verify(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks").toString()).build();
        decoder.setJwtValidator(TokenRules.validator(properties.issuer(), properties.audience(), Duration.ofHours(1)));
        return decoder.decode(token);
    }
}
