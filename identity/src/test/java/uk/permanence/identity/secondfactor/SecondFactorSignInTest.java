package uk.permanence.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.identity.Browser.location;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.permanence.identity.Browser;
import uk.permanence.identity.IdentityTest;
import uk.permanence.identity.people.People;
import uk.permanence.identity.tokens.Tenancy;

/**
 * A person whose council requires a second factor signs in to the web app (authorization code with PKCE): enrolment
 * at the first sign-in, the code at the next, and no authorization code without it.
 */
class SecondFactorSignInTest extends IdentityTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String REQUIRING = "871";
    private static final String NOT_REQUIRING = "872";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");

    @Autowired
    People people;

    @Autowired
    SecondFactorRequirement requirement;

    @Autowired
    JdbcClient jdbc;

    private final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

    @BeforeEach
    void councils() {
        requirement.setCouncilRequires(REQUIRING, true);
        requirement.setCouncilRequires(NOT_REQUIRING, false);
    }

    private String newUser(String council) {
        String username = "user-" + UUID.randomUUID() + "@" + council + ".example";
        people.create(username, PASSWORD, Tenancy.ofCouncils("social-worker", List.of(council)), false);
        return username;
    }

    private String authorize() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return "/oauth2/authorize?response_type=code&client_id=web&scope=openid&state=s-2&redirect_uri="
                + URLEncoder.encode(WEB_REDIRECT, StandardCharsets.UTF_8)
                + "&code_challenge_method=S256&code_challenge="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Starts at the authorize endpoint, signs in with the password, and returns where the authorization sends on. */
    private String signInWithPassword(Browser browser, String username) throws Exception {
        assertThat(location(browser.get(authorize()))).endsWith("/login");
        HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);
        assertThat(location(signedIn)).contains("/oauth2/authorize");
        HttpResponse<String> onwards = browser.get(location(signedIn));
        assertThat(onwards.statusCode()).isEqualTo(302);
        return location(onwards);
    }

    private HttpResponse<String> giveCode(Browser browser, String page, String code) throws Exception {
        return browser.submit(page, SecondFactorSignIn.PAGE, Map.of("code", code));
    }

    /** Follows the redirect back to the authorize endpoint and exchanges the code it issues for an access token. */
    private String accessToken(Browser browser, HttpResponse<String> accepted) throws Exception {
        assertThat(location(accepted)).contains("/oauth2/authorize");
        String back = location(browser.get(location(accepted)));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(back);
        assertThat(code.find()).as(back).isTrue();
        var tokens = token("web", WEB_SECRET, Map.of("grant_type", "authorization_code", "code", code.group(1),
                "redirect_uri", WEB_REDIRECT, "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens).get("access_token").asString();
    }

    /** Enrols the person in a browser signed in with the password; returns the secret their app would hold. */
    private byte[] enrol(Browser browser, String username) throws Exception {
        assertThat(signInWithPassword(browser, username)).contains(SecondFactorSignIn.PAGE);
        assertThat(location(browser.get(SecondFactorSignIn.PAGE))).isEqualTo(SecondFactorSignIn.ENROLMENT_PAGE);
        HttpResponse<String> enrolment = browser.get(SecondFactorSignIn.ENROLMENT_PAGE);
        assertThat(enrolment.statusCode()).isEqualTo(200);
        Matcher secret = SECRET.matcher(enrolment.body());
        assertThat(secret.find()).as(enrolment.body()).isTrue();
        assertThat(enrolment.body()).contains("otpauth://totp/Permanence:"
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "?secret=" + secret.group(1)
                + "&amp;issuer=Permanence&amp;algorithm=SHA1&amp;digits=6&amp;period=30");
        return new Base32().decode(secret.group(1));
    }

    private static String codeNow(byte[] secret) {
        return Totp.code(secret, Totp.step(Instant.now()));
    }

    /** A six-digit code that none of the steps the service accepts now would make. */
    private static String wrongCode(byte[] secret) {
        long now = Totp.step(Instant.now());
        Set<String> right = LongStream.rangeClosed(now - 2, now + 2).mapToObj(step -> Totp.code(secret, step))
                .collect(Collectors.toSet());
        return LongStream.range(0, 10).mapToObj(digit -> String.valueOf(digit).repeat(6))
                .filter(code -> !right.contains(code)).findFirst().orElseThrow();
    }

    private long lastUsedStep(String username) {
        return jdbc.sql("select last_used_step from second_factor where username = ?").param(username)
                .query(Long.class).single();
    }

    @Test
    void aPersonEnrolsAtTheFirstSignInAndIsAskedForTheCodeAtTheNextOneBeforeAnyAuthorizationCode() throws Exception {
        String username = newUser(REQUIRING);
        Browser first = new Browser(port);
        byte[] secret = enrol(first, username);
        assertThat(jdbc.sql("select secret from second_factor where username = ?").param(username)
                .query(String.class).single()).as("stored sealed")
                .doesNotContain(new Base32().encodeAsString(secret));

        assertThat(location(giveCode(first, SecondFactorSignIn.ENROLMENT_PAGE, wrongCode(secret))))
                .endsWith(SecondFactorSignIn.PAGE + "?error");
        String afterEnrolment = accessToken(first, giveCode(first, SecondFactorSignIn.ENROLMENT_PAGE,
                codeNow(secret)));
        assertThat(verify(afterEnrolment).getSubject()).isEqualTo(username);

        Browser later = new Browser(port);
        assertThat(signInWithPassword(later, username)).as("no authorization code before the second factor")
                .contains(SecondFactorSignIn.PAGE).doesNotContain("code=");
        HttpResponse<String> codePage = later.get(SecondFactorSignIn.PAGE);
        assertThat(codePage.statusCode()).isEqualTo(200);
        assertThat(codePage.body()).contains("Enter your code").doesNotContain("id=\"secret\"");
        assertThat(location(later.get(SecondFactorSignIn.ENROLMENT_PAGE))).as("the secret is never shown again")
                .isEqualTo(SecondFactorSignIn.PAGE);
        String next = Totp.code(secret, lastUsedStep(username) + 1);
        String token = accessToken(later, giveCode(later, SecondFactorSignIn.PAGE, next));

        assertThat(verify(token).getSubject()).isEqualTo(username);
        assertThat(verify(token).getClaimAsStringList("la")).containsExactly(REQUIRING);
    }

    @Test
    void aWrongCodeAndAReusedCodeAreRefusedAndIssueNoAuthorizationCode() throws Exception {
        String username = newUser(REQUIRING);
        Browser first = new Browser(port);
        byte[] secret = enrol(first, username);
        String used = codeNow(secret);
        accessToken(first, giveCode(first, SecondFactorSignIn.ENROLMENT_PAGE, used));

        Browser later = new Browser(port);
        signInWithPassword(later, username);
        assertThat(location(giveCode(later, SecondFactorSignIn.PAGE, wrongCode(secret))))
                .endsWith(SecondFactorSignIn.PAGE + "?error");
        assertThat(location(giveCode(later, SecondFactorSignIn.PAGE, used))).as("a code accepted once")
                .endsWith(SecondFactorSignIn.PAGE + "?error");
        assertThat(location(later.get(authorize()))).as("still no authorization code")
                .contains(SecondFactorSignIn.PAGE).doesNotContain("code=");
        assertThat(jdbc.sql("select failed_attempts from users where username = ?").param(username)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aPersonWhoseCouncilDoesNotRequireItIsNotAsked() throws Exception {
        String username = newUser(NOT_REQUIRING);
        Browser browser = new Browser(port);

        String onwards = signInWithPassword(browser, username);

        assertThat(onwards).startsWith(WEB_REDIRECT + "?code=");
        assertThat(jdbc.sql("select count(*) from second_factor where username = ?").param(username)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void fiveWrongCodesInARowLockTheAccountEvenWithARightPasswordBetweenThem() throws Exception {
        String username = newUser(REQUIRING);
        Browser first = new Browser(port);
        byte[] secret = enrol(first, username);
        accessToken(first, giveCode(first, SecondFactorSignIn.ENROLMENT_PAGE, codeNow(secret)));

        Browser attacker = new Browser(port);
        signInWithPassword(attacker, username);
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(location(giveCode(attacker, SecondFactorSignIn.PAGE, wrongCode(secret)))).endsWith("?error");
        }
        Browser again = new Browser(port);
        signInWithPassword(again, username);
        for (int attempt = 3; attempt <= 5; attempt++) {
            assertThat(location(giveCode(again, SecondFactorSignIn.PAGE, wrongCode(secret)))).endsWith("?error");
        }

        assertThat(jdbc.sql("select locked_until > now() from users where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
        String right = Totp.code(secret, lastUsedStep(username) + 1);
        assertThat(location(giveCode(again, SecondFactorSignIn.PAGE, right))).as("locked: even the right code")
                .endsWith("/login?error");
        assertThat(location(again.get(authorize()))).as("and the sign-in ended").endsWith("/login");
        assertThat(location(new Browser(port).signIn(username, PASSWORD))).endsWith("/login?error");
    }
}
