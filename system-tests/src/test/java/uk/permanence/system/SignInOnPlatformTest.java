package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.testing.Authenticator;
import uk.permanence.testing.SignIn;

/**
 * The platform's front door, through the gateway as a browser and a VAA's system use it: discovery, the web app's
 * sign-in with PKCE, refresh and sign-out, a second factor a council requires, lockout, a VAA system's client credentials reading only the children
 * shared with its VAA, and signing keys rotating while requests flow.
 */
class SignInOnPlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    @Test
    void discoveryThroughTheGatewayNamesThePlatformsPublicAddressForEveryEndpoint() throws Exception {
        JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration", null).body());

        assertThat(discovery.path("issuer").asString()).isEqualTo(platform.gatewayUrl());
        for (String endpoint : List.of("authorization_endpoint", "token_endpoint", "jwks_uri", "end_session_endpoint")) {
            assertThat(discovery.path(endpoint).asString()).as(endpoint).startsWith(platform.gatewayUrl() + "/");
        }
        assertThat(get("/oauth2/jwks", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonSignsInToTheWebAppThroughTheGatewayRefreshesAndAfterSigningOutCannotRefresh() throws Exception {
        String username = "web-user@825";
        platform.tokens().tokenFor(username, "825", "team-manager");
        SignIn browser = new SignIn(platform.gatewayUrl());

        SignIn.Tokens tokens = browser.signIn(platform.webApp(), username, platform.tokens().passwordOf(username));
        assertThat(get("/api/cases", tokens.accessToken()).statusCode()).isEqualTo(200);
        assertThat(claims(tokens.accessToken()).path("sub").asString()).isEqualTo(username);

        HttpResponse<String> refreshed = browser.token(platform.webApp(),
                Map.of("grant_type", "refresh_token", "refresh_token", tokens.refreshToken()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode renewed = JSON.readTree(refreshed.body());
        assertThat(get("/api/cases", renewed.path("access_token").asString()).statusCode()).isEqualTo(200);

        // the refresh replaced the ID token too: sign-out names the current one
        HttpResponse<String> signedOut = browser.get("/connect/logout?id_token_hint="
                + URLEncoder.encode(renewed.path("id_token").asString(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(platform.gatewayUrl() + "/", StandardCharsets.UTF_8));
        assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).contains(platform.gatewayUrl() + "/");
        HttpResponse<String> afterSignOut = browser.token(platform.webApp(),
                Map.of("grant_type", "refresh_token", "refresh_token", renewed.path("refresh_token").asString()));
        assertThat(afterSignOut.statusCode()).as("a refresh after sign-out").isEqualTo(400);
    }

    /** Council 919 is used by no other system test: requiring a second factor there changes nobody else's sign-in. */
    @Test
    void aCouncilThatRequiresASecondFactorHasItsPeopleEnrolThenGiveTheirCodeAtEverySignIn() throws Exception {
        HttpResponse<String> required = http.send(HttpRequest.newBuilder(
                        URI.create(platform.serviceUrl("identity") + "/admin/councils/919/second-factor"))
                .header("Authorization", "Bearer " + platform.tokens().platformAdmin())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"required\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(required.statusCode()).as(required.body()).isBetween(200, 204);
        String username = "second-factor@919";
        String password = platform.tokens().makeCouncilUser(username, "919", "social-worker");
        Authenticator app = new Authenticator();

        SignIn.Tokens enrolled = new SignIn(platform.gatewayUrl(), app).signIn(platform.webApp(), username,
                password);
        assertThat(app.enrolled()).as("enrolled at the first sign-in").isTrue();
        assertThat(get("/api/cases", enrolled.accessToken()).statusCode()).isEqualTo(200);

        SignIn.Tokens later = new SignIn(platform.gatewayUrl(), app).signIn(SignIn.Client.COMMAND_LINE, username,
                password);
        assertThat(claims(later.accessToken()).path("sub").asString()).isEqualTo(username);
        assertThatThrownBy(() -> SignIn.accessToken(platform.gatewayUrl(), username, password))
                .as("the password alone").hasMessageContaining("was asked for a second factor");
        Authenticator another = new Authenticator();
        another.enrol("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> new SignIn(platform.gatewayUrl(), another).signIn(SignIn.Client.COMMAND_LINE,
                username, password)).as("another app's code").hasMessageContaining("second factor was refused");
    }

    @Test
    void fiveWrongPasswordsThroughTheGatewayLockTheAccountEvenAgainstTheRightOne() {
        String username = "locked-user@826";
        platform.tokens().tokenFor(username, "826", "social-worker");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> SignIn.accessToken(platform.gatewayUrl(), username, "not the password"))
                    .hasMessageContaining("was not signed in");
        }
        assertThatThrownBy(() -> SignIn.accessToken(platform.gatewayUrl(), username,
                platform.tokens().passwordOf(username))).hasMessageContaining("was not signed in");
    }

    @Test
    void aVaaSystemsClientCredentialsReadOnlyTheChildrenSharedWithItsVaa() throws Exception {
        String vaa = "vaa-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = platform.tokens().token("825", "team-manager");
        String shared = newCase(owner, "SHARED-" + vaa);
        String notShared = newCase(owner, "PRIVATE-" + vaa);
        HttpResponse<String> share = send("POST", "/api/cases/" + shared + "/vaa-shares", owner,
                "{\"sharedOn\":\"2025-07-01\",\"vaaId\":\"" + vaa + "\"}");
        assertThat(share.statusCode()).as(share.body()).isEqualTo(200);

        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(
                        URI.create(platform.serviceUrl("identity") + "/admin/clients"))
                .header("Authorization", "Bearer " + platform.tokens().platformAdmin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("clientId", vaa + "-system")
                        .put("name", "A VAA's case system").put("vaa", vaa).toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        SignIn.Client system = new SignIn.Client(vaa + "-system",
                JSON.readTree(registered.body()).path("clientSecret").asString(), null);
        HttpResponse<String> issued = new SignIn(platform.gatewayUrl()).token(system,
                Map.of("grant_type", "client_credentials"));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String token = JSON.readTree(issued.body()).path("access_token").asString();

        assertThat(get("/api/cases/" + shared, token).statusCode()).isEqualTo(200);
        assertThat(get("/api/cases/" + notShared, token).statusCode()).isEqualTo(404);
        List<String> listed = new ArrayList<>();
        JSON.readTree(get("/api/cases", token).body()).path("items")
                .forEach(item -> listed.add(item.path("caseId").asString()));
        assertThat(listed).containsExactly(shared);
        HttpResponse<String> wrongSecret = new SignIn(platform.gatewayUrl()).token(
                new SignIn.Client(system.id(), "not-the-secret", null), Map.of("grant_type", "client_credentials"));
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
    }

    /**
     * Keys rotate every {@link LocalPlatform#KEY_ROTATION_AGE} here: tokens signed before and after a rotation are
     * accepted throughout, at the gateway and at each service's own port.
     */
    @Test
    void tokensSignedBeforeAndAfterAKeyRotationAreAcceptedEverywhereWhileRequestsFlow() throws Exception {
        String username = "rotation@931";
        platform.tokens().tokenFor(username, "931", "team-manager");
        String password = platform.tokens().passwordOf(username);
        String first = SignIn.accessToken(platform.gatewayUrl(), username, password);
        String firstKey = keyIdOf(first);
        Map<String, String> entrances = Map.of(platform.gatewayUrl(), "/api/cases",
                platform.serviceUrl("case-service"), "/api/cases",
                platform.serviceUrl("tracking-service"), "/api/alerts",
                platform.serviceUrl("reporting-service"), "/api/reports/summary?la=931");
        long deadline = System.nanoTime() + LocalPlatform.KEY_ROTATION_AGE.plusSeconds(60).toNanos();
        String latest = first;
        int calls = 0;
        while (keyIdOf(latest).equals(firstKey) && System.nanoTime() < deadline) {
            latest = SignIn.accessToken(platform.gatewayUrl(), username, password);
            for (String token : List.of(first, latest)) {
                for (Map.Entry<String, String> entrance : entrances.entrySet()) {
                    HttpResponse<String> answer = sendTo(entrance.getKey(), entrance.getValue(), token);
                    assertThat(answer.statusCode()).as(entrance.getKey() + " with a token of key " + keyIdOf(token))
                            .isEqualTo(200);
                    calls++;
                }
            }
            Thread.sleep(2000);
        }
        assertThat(keyIdOf(latest)).as("a token signed with a newer key within the rotation age").isNotEqualTo(firstKey);
        for (Map.Entry<String, String> entrance : entrances.entrySet()) {
            assertThat(sendTo(entrance.getKey(), entrance.getValue(), latest).statusCode()).isEqualTo(200);
            assertThat(sendTo(entrance.getKey(), entrance.getValue(), first).statusCode()).isEqualTo(200);
        }
        System.out.printf("key rotation: %d calls with tokens of keys %s and %s, none refused%n", calls, firstKey,
                keyIdOf(latest));
    }

    private String newCase(String token, String reference) throws Exception {
        HttpResponse<String> created = send("POST", "/api/cases", token, """
                {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-06-02","legalStatus":"V2"}""".formatted(reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("caseId").asString();
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String keyIdOf(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).path("kid").asString();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return sendTo(platform.gatewayUrl(), path, token);
    }

    private HttpResponse<String> sendTo(String entrance, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entrance + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
