package uk.permanence.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.permanence.testing.TestTokens;

/** The gateway in front of a real HTTP backend that reports which headers reached it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayAccessTest {

    private static final RecordingBackend backend = new RecordingBackend();
    private static final RecordingBackend webApp = new RecordingBackend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String url = backend.url();
        registry.add("permanence.services.case-service", () -> url);
        registry.add("permanence.services.tracking-service", () -> url);
        registry.add("permanence.services.reporting-service", () -> url);
        registry.add("permanence.services.identity", () -> url);
        registry.add("permanence.services.web", webApp::url);
        registry.add("permanence.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("permanence.security.issuer", () -> TestTokens.ISSUER);
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @AfterAll
    static void stopBackend() {
        backend.close();
        webApp.close();
    }

    @Test
    void aValidTokenIsPassedOnForTheServiceToVerifyAndForgedIdentityHeadersAreDropped() {
        String token = TestTokens.token("825", "team-manager");
        client.get().uri("/api/reports/summary?la=825")
                .header("Authorization", "Bearer " + token)
                .header("X-Permanence-User", "someone-else")
                .header("X-Permanence-La", "931")
                .exchange()
                .expectStatus().isOk();

        assertThat(backend.lastHeaders()).containsEntry("Authorization", "Bearer " + token)
                .doesNotContainKeys("X-Permanence-User", "X-Permanence-La");
    }

    @Test
    void theIdentityServicesSignInAndTokenEndpointsAreReachedWithoutATokenAndSeeThePublicHost() {
        client.get().uri("/.well-known/openid-configuration").exchange().expectStatus().isOk();
        client.get().uri("/oauth2/authorize?response_type=code").exchange().expectStatus().isOk();
        client.post().uri("/oauth2/token").header("Authorization", "Basic dmFhOnNlY3JldA==")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("grant_type=client_credentials")
                .exchange().expectStatus().isOk();
        assertThat(backend.lastHeaders()).containsEntry("Authorization", "Basic dmFhOnNlY3JldA==")
                .containsEntry("Host", "localhost:" + port);
        client.get().uri("/login").exchange().expectStatus().isOk();
    }

    @Test
    void aCallWithoutATokenIsUnauthorised() {
        client.get().uri("/api/cases/abc/timeliness").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theListOfCouncilsIsReadWithoutATokenAndNothingElseOnItsPathIsOpen() {
        client.get().uri("/api/councils").exchange().expectStatus().isOk();
        assertThat(backend.lastHeaders()).doesNotContainKey("Authorization");
        client.post().uri("/api/councils").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/councils/825").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void tokensThatFailVerificationAreUnauthorised() {
        Instant later = Instant.now().plusSeconds(3600);
        for (String token : new String[] {
                TestTokens.signWithUnpublishedKey(TestTokens.claims("825", "social-worker").build()),
                TestTokens.signedWithRetiredDevelopmentKey(TestTokens.claims("825", "social-worker").build()),
                TestTokens.token("someone-else", TestTokens.AUDIENCE, later, "825", "ops"),
                TestTokens.token(TestTokens.ISSUER, "another-api", later, "825", "ops"),
                TestTokens.token(TestTokens.ISSUER, TestTokens.AUDIENCE,
                        Instant.now().minusSeconds(600), "825", "ops"),
                unsigned(),
                notYetValid(),
                tampered()}) {
            client.get().uri("/api/reports/summary?la=825").header("Authorization", "Bearer " + token)
                    .exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void aTokenWithoutExpiryOrSubjectOrIssueTimeOrLivingTooLongIsUnauthorisedWithAProblemNamingTheClaim() {
        Instant now = Instant.now();
        Map<String, JWTClaimsSet.Builder> broken = Map.of(
                "exp", TestTokens.claims("825", "team-manager").expirationTime(null),
                "sub", TestTokens.claims("825", "team-manager").subject(null),
                "iat", TestTokens.claims("825", "team-manager").issueTime(null),
                "longer than PT1H", TestTokens.claims("825", "team-manager")
                        .expirationTime(Date.from(now.plus(Duration.ofHours(8)))),
                "in the future", TestTokens.claims("825", "team-manager")
                        .issueTime(Date.from(now.plusSeconds(600))));
        int before = backend.calls();
        broken.forEach((wrong, claims) -> client.get().uri("/api/reports/summary?la=825")
                .header("Authorization", "Bearer " + TestTokens.sign(claims.build()))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).as(wrong).contains(wrong))
                .jsonPath("$.correlationId").exists());
        assertThat(backend.calls()).isEqualTo(before);
    }

    @Test
    void refusalsAreProblemDocumentsAndEveryAnswerCarriesOneCorrelationId() {
        client.get().uri("/api/cases").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        client.get().uri("/api/reports/summary?la=825")
                .header("Authorization", "Bearer " + TestTokens.token("825", "social-worker"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.correlationId").exists();

        List<String> ids = client.get().uri("/api/reports/summary?la=825")
                .header("Authorization", "Bearer " + TestTokens.token("825", "team-manager"))
                .header("X-Correlation-Id", "one-only")
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders()
                .get("X-Correlation-Id");
        assertThat(backend.lastHeaders()).containsEntry("X-Correlation-Id", "one-only");
        assertThat(ids).containsExactly("one-only");
    }

    /** {@code alg: none}: claims that would be valid, with no signature at all. */
    private static String unsigned() {
        return new PlainJWT(claims().build()).serialize();
    }

    /** Correctly signed, but valid only from an hour from now (beyond any clock skew). */
    private static String notYetValid() {
        return TestTokens.sign(claims().notBeforeTime(Date.from(Instant.now().plusSeconds(3600))).build());
    }

    /** A valid team manager's token of council 825 whose payload was changed to council 931 after signing. */
    private static String tampered() {
        String[] parts = TestTokens.token("825", "team-manager").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"825\"", "\"931\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("team-manager@825").issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE).expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("la", List.of("825")).claim("role", "team-manager");
    }

    @Test
    void actuatorEndpointsAreNotServedOnTheClientPort() {
        client.get().uri("/actuator/health")
                .header("Authorization", "Bearer " + TestTokens.token("825", "ops"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void pagesReachTheWebAppWithoutATokenAndWithThePublicHostButNeitherTheApiNorTheGatewaysOwnPathsDo() {
        int before = webApp.calls();
        client.get().uri("/").exchange().expectStatus().isOk();
        client.get().uri("/children/c-1").exchange().expectStatus().isOk();
        client.get().uri("/oauth2-elsewhere").exchange().expectStatus().isOk();
        client.post().uri("/sign-out").exchange().expectStatus().isOk();
        assertThat(webApp.calls()).isEqualTo(before + 4);
        assertThat(webApp.lastHeaders()).containsEntry("Host", "localhost:" + port)
                .doesNotContainKey("Authorization");

        client.get().uri("/api/cases").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/elsewhere").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api").exchange().expectStatus().isUnauthorized();
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
        client.get().uri("/docs/api.html").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
        client.get().uri("/login").exchange().expectStatus().isOk();
        client.get().uri("/oauth2/authorize").exchange().expectStatus().isOk();
        assertThat(webApp.calls()).isEqualTo(before + 4);
    }

    @Test
    void noOtherApiPathIsServed() {
        client.get().uri("/api/internal/anything")
                .header("Authorization", "Bearer " + TestTokens.token("825", "ops"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theJourneysNewMilestonesTakeTheCaseworkRolesAndTheProceedingsReportTheReportRoles() {
        for (String milestone : List.of("proceedings-extension", "placement-consent")) {
            for (String role : List.of("social-worker", "team-manager")) {
                client.post().uri("/api/cases/c-1/" + milestone).header("Authorization", "Bearer "
                                + TestTokens.token("825", role)).bodyValue("{}")
                        .exchange().expectStatus().isOk();
            }
            for (String role : List.of("family-finder", "raa-lead", "ops")) {
                client.post().uri("/api/cases/c-1/" + milestone).header("Authorization", "Bearer "
                                + TestTokens.token("825", role)).bodyValue("{}")
                        .exchange().expectStatus().isForbidden();
            }
            client.post().uri("/api/cases/c-1/" + milestone).header("Authorization", "Bearer "
                            + TestTokens.tokenOf("vaa", "vaa-north", "vaa-worker")).bodyValue("{}")
                    .exchange().expectStatus().isForbidden();
        }
        for (String role : List.of("team-manager", "raa-lead")) {
            client.get().uri("/api/reports/proceedings?la=825")
                    .header("Authorization", "Bearer " + TestTokens.token("825", role))
                    .exchange().expectStatus().isOk();
        }
        client.get().uri("/api/reports/proceedings?la=825")
                .header("Authorization", "Bearer " + TestTokens.token("825", "social-worker"))
                .exchange().expectStatus().isForbidden();
    }
}
