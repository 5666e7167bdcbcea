package uk.permanence.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.identity.Browser.location;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import uk.permanence.identity.Browser;
import uk.permanence.identity.IdentityTest;
import uk.permanence.identity.tokens.Tenancy;

/** A person signs in to the web app: the authorization-code flow with PKCE, refresh, lockout and sign-out. */
class SignInTest extends IdentityTest {

    private static final String REDIRECT = "http://localhost:8090/login/oauth2/code/permanence";
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

    private String newUser(Tenancy tenancy) {
        String username = "user-" + UUID.randomUUID() + "@825.example";
        people.create(username, "correct horse battery staple", tenancy, false);
        return username;
    }

    private String authorize(String extra) {
        return "/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s-1&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + extra;
    }

    private String withPkce() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return authorize("&code_challenge_method=S256&code_challenge="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    /** Goes to the authorize endpoint, signs in when sent to the form, and returns where the browser is sent back. */
    private String signInThroughTheWebApp(Browser browser, String authorize, String username) throws Exception {
        var start = browser.get(authorize);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start)).endsWith("/login");
        var signedIn = browser.signIn(username, "correct horse battery staple");
        assertThat(location(signedIn)).contains("/oauth2/authorize");
        var back = browser.get(location(signedIn));
        assertThat(back.statusCode()).isEqualTo(302);
        return location(back);
    }

    private static String code(String redirect) {
        Matcher code = CODE.matcher(redirect);
        assertThat(code.find()).as(redirect).isTrue();
        return code.group(1);
    }

    private JsonNode exchange(String code, String codeVerifier, int expectedStatus) throws Exception {
        var response = token("web", WEB_SECRET, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", codeVerifier));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return json(response);
    }

    @Test
    void aCouncilUserSignsInWithPkceAndTheWebAppGetsTheirTokenThenRefreshesIt() throws Exception {
        String username = newUser(Tenancy.ofCouncils("team-manager", List.of("825", "826")));
        Browser browser = new Browser(port);

        String back = signInThroughTheWebApp(browser, withPkce(), username);
        assertThat(back).startsWith(REDIRECT + "?code=").contains("state=s-1");
        JsonNode tokens = exchange(code(back), verifier, 200);

        Jwt access = verify(tokens.get("access_token").asString());
        assertThat(access.getClaims().keySet()).containsExactlyInAnyOrder("iss", "sub", "iat", "exp", "aud", "role",
                "la");
        assertThat(access.getSubject()).isEqualTo(username);
        assertThat(access.getClaimAsString("role")).isEqualTo("team-manager");
        assertThat(access.getClaimAsStringList("la")).containsExactly("825", "826");
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.get("id_token").asString()).isNotBlank();
        var userInfo = http.send(java.net.http.HttpRequest.newBuilder(url("/userinfo"))
                .header("Authorization", "Bearer " + tokens.get("access_token").asString()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertThat(json(userInfo).get("sub").asString()).isEqualTo(username);

        String refreshToken = tokens.get("refresh_token").asString();
        var refreshed = token("web", WEB_SECRET, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Jwt renewed = verify(json(refreshed).get("access_token").asString());
        assertThat(renewed.getSubject()).isEqualTo(username);
        assertThat(renewed.getClaimAsStringList("la")).containsExactly("825", "826");
        assertThat(json(refreshed).get("refresh_token").asString()).as("a refresh token is used once")
                .isNotEqualTo(refreshToken);
        var reused = token("web", WEB_SECRET, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(reused.statusCode()).isEqualTo(400);
    }

    @Test
    void anRaaUsersTokenCarriesTheRaa() throws Exception {
        String username = newUser(Tenancy.ofRaa("raa-lead", "adopt-thames-valley"));

        JsonNode tokens = exchange(code(signInThroughTheWebApp(new Browser(port), withPkce(), username)), verifier,
                200);

        Jwt access = verify(tokens.get("access_token").asString());
        assertThat(access.getClaims()).containsEntry("raa", "adopt-thames-valley").containsEntry("role", "raa-lead")
                .doesNotContainKeys("la", "vaa");
    }

    @Test
    void withoutPkceOrWithTheWrongVerifierNoTokenIsIssued() throws Exception {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));
        Browser browser = new Browser(port);

        var withoutChallenge = browser.get(authorize(""));
        assertThat(location(withoutChallenge)).startsWith(REDIRECT).contains("error=invalid_request")
                .contains("code_challenge").doesNotContain("code=");

        String back = signInThroughTheWebApp(browser, withPkce(), username);
        JsonNode refused = exchange(code(back), "not-the-verifier-" + verifier, 400);
        assertThat(refused.get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aRefreshAfterTheAccountWasDisabledGetsNoToken() throws Exception {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));
        JsonNode tokens = exchange(code(signInThroughTheWebApp(new Browser(port), withPkce(), username)), verifier,
                200);

        jdbc.sql("update users set enabled = false where username = ?").param(username).update();
        var refreshed = token("web", WEB_SECRET,
                Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asString()));

        assertThat(refreshed.statusCode()).isEqualTo(400);
        assertThat(refreshed.body()).contains("invalid_grant").doesNotContain("access_token");
    }

    /** axe-core checks the page itself in the browser test (system-tests WebAppInBrowserTest). */
    @Test
    void theSignInFormIsOnePageWithAMainHeadingLabelledFieldsAndAfterAWrongPasswordAnErrorSummary() throws Exception {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));
        Browser browser = new Browser(port);

        String form = browser.get("/login").body();
        assertThat(form).contains("<main", "<h1 class=\"govuk-heading-l\">Sign in</h1>",
                "<label class=\"govuk-label\" for=\"username\">", "<label class=\"govuk-label\" for=\"password\">",
                "autocomplete=\"current-password\"",
                "/webjars/govuk-frontend/").doesNotContain("There is a problem", "<script");

        assertThat(location(browser.signIn(username, "wrong"))).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("<title>Error: Sign in", "There is a problem",
                "href=\"#username\"");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() throws Exception {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));
        Browser browser = new Browser(port);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(browser.signIn(username, "wrong-" + attempt))).endsWith("/login?error");
        }
        Instant lockedUntil = jdbc.sql("select locked_until from users where username = ?").param(username)
                .query(java.sql.Timestamp.class).single().toInstant();
        var rightPassword = browser.signIn(username, "correct horse battery staple");

        assertThat(location(rightPassword)).endsWith("/login?error");
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14),
                Duration.ofMinutes(15));

        jdbc.sql("update users set locked_until = now() - interval '1 second' where username = ?").param(username)
                .update();
        assertThat(location(browser.signIn(username, "correct horse battery staple"))).doesNotContain("error");
    }

    @Test
    void aRightPasswordBeforeTheFifthWrongOneStartsTheCountAgain() throws Exception {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(location(new Browser(port).signIn(username, "wrong-" + attempt))).endsWith("/login?error");
        }
        assertThat(location(new Browser(port).signIn(username, "correct horse battery staple")))
                .doesNotContain("error");
        assertThat(location(new Browser(port).signIn(username, "wrong-again"))).endsWith("/login?error");

        assertThat(jdbc.sql("select failed_attempts from users where username = ?").param(username)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select locked_until from users where username = ?").param(username)
                .query(java.sql.Timestamp.class).optional()).isEmpty();
    }

    @Test
    void signingOutEndsTheSessionAndItsRefreshTokenSoTheNextAuthorizationAsksForThePasswordAgain() throws Exception {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));
        Browser browser = new Browser(port);
        JsonNode tokens = exchange(code(signInThroughTheWebApp(browser, withPkce(), username)), verifier, 200);
        assertThat(location(browser.get(withPkce()))).as("signed in, no form").startsWith(REDIRECT + "?code=");

        var signedOut = browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token").asString()
                + "&post_logout_redirect_uri=" + URLEncoder.encode("http://localhost:8090/", StandardCharsets.UTF_8));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(location(signedOut)).isEqualTo("http://localhost:8090/");
        assertThat(location(browser.get(withPkce()))).endsWith("/login");
        var refreshed = token("web", WEB_SECRET,
                Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asString()));
        assertThat(refreshed.statusCode()).as("the refresh token ended with the session").isEqualTo(400);
    }

    @Test
    void passwordsAreStoredAsAnAdaptiveHash() {
        String username = newUser(Tenancy.ofCouncils("social-worker", List.of("825")));

        assertThat(jdbc.sql("select password_hash from users where username = ?").param(username)
                .query(String.class).single()).startsWith("{bcrypt}$2").doesNotContain("correct horse");
    }
}
