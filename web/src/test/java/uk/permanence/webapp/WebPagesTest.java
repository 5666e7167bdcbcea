package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.permanence.webapp.api.Caller;

/** The web app's pages, sign-in and headers, in front of a real HTTP server standing in for the gateway's API. */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class WebPagesTest {

    private static final StubApi api = new StubApi();
    private static final String CASE_FILE = """
            {"caseId":"c-1","laCode":"825","caseReference":"REF-1","version":3,"stage":"PLACEMENT_ORDER",
             "permanencePlan":"ADOPTION","dateOfBirth":"2020-01-15","enteredCareOn":"2024-02-01",
             "placementOrderOn":"2025-03-01","socialWorker":"sw-1","team":"north","sharedWithVaas":["ffc"],
             "events":[{"eventId":"e-1","sequence":1,"type":"ChildEnteredCare","occurredOn":"2024-02-01",
                        "recordedAt":"2024-02-02T09:30:00Z","recordedBy":"sw-1","status":"in-effect"},
                       {"eventId":"e-2","sequence":2,"type":"PlacementOrderGranted","occurredOn":"2025-03-01",
                        "recordedAt":"2025-03-03T10:00:00Z","recordedBy":"tm-1","status":"voided"}]}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", api::url);
        registry.add("permanence.web.identity-url", api::url);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Caller caller;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @BeforeEach
    void answers() {
        api.calls().clear();
        api.answer("/api/cases?page=0&size=25", """
                {"items":[{"caseId":"c-1","laCode":"825","caseReference":"REF-1"},
                          {"caseId":"c-2","laCode":"931","caseReference":"OTHER-2"}],"page":0,"size":25,"total":2}""");
        api.answer("/api/cases?page=0&size=200", """
                {"items":[{"caseId":"c-1","laCode":"825","caseReference":"REF-1"},
                          {"caseId":"c-2","laCode":"931","caseReference":"OTHER-2"}],"page":0,"size":200,"total":2}""");
        api.answer("/api/caseload?page=0&size=25", """
                {"items":[],"page":0,"size":25,"total":0}""");
        api.answer("/api/cases/c-1", CASE_FILE);
        api.answer("/api/cases/c-2", """
                {"caseId":"c-2","laCode":"931","caseReference":"OTHER-2","version":1,"stage":"IN_CARE",
                 "expectedDateOfBirth":"2099-01-01","events":[]}""");
        api.answer("/api/cases/shared", """
                {"caseId":"shared","laCode":"825","caseReference":"SHARED-1","version":4,"stage":"PLACEMENT_ORDER",
                 "dateOfBirth":"2023-06-01","placementOrderOn":"2025-01-01"}""");
        api.answer("/api/cases/c-1/timeliness", """
                {"caseId":"c-1","laCode":"825","stage":"PLACEMENT_ORDER","stageSince":"2025-03-01","daysAtStage":40,
                 "enteredCareOn":"2024-02-01","daysInCare":500,"a1":{"startedOn":"2024-02-01","days":500,"running":true,"thresholdDays":426},
                 "a2":{"startedOn":"2025-03-01","days":40,"running":true,"thresholdDays":121},
                 "nextDeadline":{"rule":"ADOPTION_REVIEW_NOT_PLACED","kind":"STATUTORY","notice":false,
                                 "startedOn":"2025-03-01","dueOn":"2025-06-01","daysLeft":-3},
                 "deadlines":[{"rule":"ADOPTION_REVIEW_NOT_PLACED","kind":"STATUTORY","notice":false,
                               "startedOn":"2025-03-01","dueOn":"2025-06-01","daysLeft":-3}]}""");
        api.answer("/api/alerts?caseId=c-1&status=open&size=200", """
                {"items":[{"alertId":7,"caseId":"c-1","rule":"ADOPTION_REVIEW_NOT_PLACED","kind":"STATUTORY",
                           "severity":"OVERDUE","startedOn":"2025-03-01","dueOn":"2025-06-01","daysLeft":-3}],
                 "page":0,"size":200,"total":1}""");
    }

    @Test
    void someoneNotSignedInIsSentToTheIdentityServiceAtThePublicAddressWithPkceAndAClientCallbackOfItsOwn()
            throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/children/c-1")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/sign-in/authorization/permanence");

        MockHttpServletResponse authorization = mvc.perform(get("/sign-in/authorization/permanence"))
                .andReturn().getResponse();
        URI authorize = URI.create(authorization.getRedirectedUrl());
        Map<String, String> query = Arrays.stream(authorize.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        assertThat(authorize.getScheme() + "://" + authorize.getAuthority() + authorize.getPath())
                .isEqualTo("https://permanence.example/oauth2/authorize");
        assertThat(query).containsEntry("client_id", "web").containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state", "nonce")
                .containsEntry("redirect_uri", "http://localhost/sign-in/callback/permanence");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void signingInReturnsToThePageAskedForNotToAStylesheetTheBrowserFetchedMeanwhile() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/children/c-1").session(session).accept(MediaType.TEXT_HTML));
        mvc.perform(get("/default-ui.css").session(session).accept(MediaType.valueOf("text/css")));

        SavedRequest saved = new HttpSessionRequestCache().getRequest(new MockHttpServletRequest() {
            {
                setSession(session);
            }
        }, null);
        assertThat(saved.getRedirectUrl()).contains("/children/c-1");
    }

    /** Else the browser's own request for the icon, on the sign-in form, is where it returns after signing in. */
    @Test
    void theDesignSystemsAssetsAndTheIconNeedNoSignIn() throws Exception {
        for (String asset : List.of("/favicon.ico", "/assets/images/favicon.ico", "/app/init.js",
                "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")) {
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAtTheIdentityServiceServerToServerAndTheNewOneCallsTheApi() throws Exception {
        api.answer("/oauth2/token", """
                {"access_token":"renewed","token_type":"Bearer","expires_in":900,"refresh_token":"refresh-2"}""");
        Instant issued = Instant.now().minus(Duration.ofMinutes(20));
        OidcUser person = new DefaultOidcUser(List.of(), OidcIdToken.withTokenValue("id-token").subject("tm-1")
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(15))).build());
        OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(person, List.of(), "permanence");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registrations.findByRegistrationId("permanence"),
                        "tm-1", new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired", issued,
                        issued.plus(Duration.ofMinutes(15))), new OAuth2RefreshToken("refresh-1", issued)),
                signedIn, request, new MockHttpServletResponse());

        assertThat(mvc.perform(get("/children/c-1").session(session).with(authentication(signedIn)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(api.calls().get(0)).isEqualTo(new StubApi.Call("/oauth2/token",
                "Basic " + Base64.getEncoder().encodeToString("web:test-secret".getBytes(StandardCharsets.UTF_8))));
        assertThat(api.calls().subList(1, api.calls().size())).extracting(StubApi.Call::authorization)
                .containsOnly("Bearer renewed");
    }

    @Test
    void aChildShowsTheCaseFileTheJourneyNewestFirstTheClocksDeadlinesAndOpenAlerts() throws Exception {
        String html = page("/children/c-1");

        assertThat(html).contains("Child <span data-test=\"case-reference\">REF-1</span>", "15 January 2020",
                "Adoption", "sw-1, north", "ffc", "Days in care", "500", "500 days, still running",
                "Adoption review not placed, due 1 June 2025", "Overdue by 3", "Overdue");
        assertThat(html.indexOf("Placement order granted")).isLessThan(html.indexOf("Child entered care"));
        assertThat(html).contains("Recorded 2 February 2024 at 09:30 by sw-1", "Voided");
    }

    @Test
    void eachClockIsDrawnAgainstItsThresholdAndOneOverItSaysByHowMuchInWordsNotOnlyInColour() throws Exception {
        String html = page("/children/c-1");

        assertThat(html).contains("500 days, still running", "threshold 426 days", "Over by 74 days",
                "40 days, still running", "threshold 121 days", "81 days left");
        // A1: 500 days on a scale of 550 (a tenth past the larger), its threshold at 426
        assertThat(html).contains("class=\"app-clock__days app-clock-over\" x=\"0\" y=\"4\" height=\"16\" width=\"364\"",
                "x=\"309\"");
        assertThat(html.substring(html.indexOf("data-test=\"clock-A10\""))).contains("Does not apply yet");
    }

    @Test
    void theCaseFileAsRecordedByThePastDateChosenShowsOnlyWhatWasKnownThenWithoutTodaysClocksOrAlerts()
            throws Exception {
        api.answer("/api/cases/c-1/history?asOf=2024-06-01T22%3A59%3A59.999Z", """
                {"caseId":"c-1","laCode":"825","caseReference":"REF-1","version":1,"stage":"IN_CARE",
                 "dateOfBirth":"2020-01-15","enteredCareOn":"2024-02-01",
                 "events":[{"eventId":"e-1","sequence":1,"type":"ChildEnteredCare","occurredOn":"2024-02-01",
                            "recordedAt":"2024-02-02T09:30:00Z","recordedBy":"sw-1","status":"in-effect"}]}""");

        String html = page("/children/c-1?asOf-day=1&asOf-month=6&asOf-year=2024");

        assertThat(html).contains("as it was recorded by the end of <strong>1 June 2024</strong>", "Child entered care",
                "See today's case file").doesNotContain("Placement order granted", "Days in care", "Open alerts");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactly("/api/cases/c-1",
                "/api/cases/c-1/history?asOf=2024-06-01T22%3A59%3A59.999Z");
    }

    @Test
    void aPastDateThatIsNotARealDateOrIsInTheFutureIsExplainedInTheErrorSummaryAndNothingIsAsked() throws Exception {
        assertThat(page("/children/c-1?asOf-day=31&asOf-month=2&asOf-year=2025")).contains("<title>Error: Child REF-1",
                "There is a problem", "href=\"#asOf-day\">Date to see the case file on must be a real date</a>");
        assertThat(page("/children/c-1?asOf-day=1&asOf-month=&asOf-year=2025"))
                .contains("Date to see the case file on must include a month");
        assertThat(page("/children/c-1?asOf-day=1&asOf-month=1&asOf-year=25")).contains("Year must include 4 numbers");
        assertThat(page("/children/c-1?asOf-day=1&asOf-month=1&asOf-year=2999"))
                .contains("The date to see the case file on must be today or in the past");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).noneMatch(call -> call.contains("history"));
    }

    @Test
    void aPastDateBeforeAnythingWasRecordedSaysSo() throws Exception {
        assertThat(page("/children/c-1?asOf-day=1&asOf-month=1&asOf-year=2020"))
                .contains("Nothing had been recorded for this child by the end of <strong>1 January 2020</strong>")
                .doesNotContain("Placement order granted", "Social worker");
    }

    @Test
    void aVaaSeesOnlyWhatTheApiSharesAndNoHistoryTimelinessOrAlertsAreAskedFor() throws Exception {
        String html = page("/children/shared");

        assertThat(html).contains("shared with your agency", "SHARED-1").doesNotContain("Social worker", "Journey");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactly("/api/cases/shared");
    }

    @Test
    void thePersonsRoleCouncilsRaaAndWhetherTheyAdministerAreReadFromTheirAccessTokenWithItsTimes() {
        Instant now = Instant.now();
        String token = new PlainJWT(new JWTClaimsSet.Builder().subject("ff-1").claim("role", "family-finder")
                .claim("la", List.of("825", "826")).claim("administers", true).issueTime(Date.from(now))
                .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(900))).build()).serialize();
        String raaLead = new PlainJWT(new JWTClaimsSet.Builder().subject("lead-1").claim("role", "raa-lead")
                .claim("raa", "adopt-thames-valley").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900))).build()).serialize();

        Caller.Claims familyFinder = caller.claims(token);
        Caller.Claims lead = caller.claims(raaLead);

        assertThat(familyFinder.role()).isEqualTo("family-finder");
        assertThat(familyFinder.councils()).containsExactly("825", "826");
        assertThat(familyFinder.administers()).isTrue();
        assertThat(lead.raa()).isEqualTo("adopt-thames-valley");
        assertThat(lead.actingFor()).contains("825", "931").doesNotContain("895");
        assertThat(lead.administers()).isFalse();
        assertThat(caller.claims("not-a-jwt")).isEqualTo(Caller.Claims.NONE);
    }

    @Test
    void aChildTheApiDoesNotShowIsNotFound() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/children/someone-elses").with(signedIn()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(404);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/").with(signedIn())).andReturn().getResponse();

        String policy = page.getHeader("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "form-action 'self' https://permanence.example")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getContentAsString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContain("style=\"");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void signingOutNeedsTheFormsCsrfTokenAndEndsTheIdentityServicesSessionToo() throws Exception {
        assertThat(mvc.perform(post("/sign-out").with(signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        MockHttpServletResponse signedOut = mvc.perform(post("/sign-out").with(signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(signedOut.getRedirectedUrl()).startsWith("https://permanence.example/connect/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=http://localhost/");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(signedIn())).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

    private RequestPostProcessor signedIn() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject("tm-1"));
    }
}
