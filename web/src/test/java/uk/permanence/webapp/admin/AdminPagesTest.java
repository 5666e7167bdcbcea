package uk.permanence.webapp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin pages in front of a real HTTP server standing in for the identity service's administration API: what
 * they show, what they send with the person's token, and how they show the API's refusals.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class AdminPagesTest {

    private static final IdentityStub identity = new IdentityStub();
    private static final String COUNCIL_ADMIN = token("""
            {"sub":"admin-825","role":"team-manager","la":["825"],"administers":true}""");
    private static final String SOCIAL_WORKER = token("""
            {"sub":"sw-825","role":"social-worker","la":["825"]}""");
    private static final String PLATFORM_ADMIN = token("""
            {"sub":"platform-admin","role":"admin"}""");
    private static final String SW_1 = """
            {"username":"sw-1","role":"social-worker","councils":["825"],"enabled":true,"administers":false,
             "locked":true,"secondFactorEnrolled":true}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", identity::url);
        registry.add("permanence.web.identity-url", identity::url);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @AfterAll
    static void stop() {
        identity.close();
    }

    @BeforeEach
    void answers() {
        identity.forget();
        identity.answer("GET", "/admin/users?page=0&size=25", 200, """
                {"users":[%s,
                  {"username":"tm-2","role":"team-manager","councils":["825","826"],"enabled":false,
                   "administers":false,"locked":false,"secondFactorEnrolled":false}],
                 "page":0,"size":25,"total":2}""".formatted(SW_1));
        identity.answer("GET", "/admin/users/sw-1", 200, SW_1);
    }

    @Test
    void aCouncilAdminSeesTheAdminItemAndThePeopleTheyManageWithRoleCouncilsAccountLockAndSecondFactor()
            throws Exception {
        String html = page("/admin", COUNCIL_ADMIN);

        assertThat(html).contains("data-test=\"nav-admin\"", "2 people you manage", "href=\"/admin/users/sw-1\"",
                "Social worker", "Buckinghamshire (825)", "Enabled", "Locked", "Set up", "tm-2", "Team manager",
                "Buckinghamshire (825), Milton Keynes (826)", "Disabled", "Not set up", "Second factor");
        assertThat(html).as("only the platform admin registers VAA systems and reads the audit")
                .doesNotContain("href=\"/admin/clients/new\"", "href=\"/admin/audit\"");
        assertThat(identity.calls()).containsExactly(new IdentityStub.Call("GET", "/admin/users?page=0&size=25",
                "Bearer " + COUNCIL_ADMIN, ""));
    }

    @Test
    void aSocialWorkerSeesNoAdminItemAndTheIdentityServicesRefusalIsA403Page() throws Exception {
        identity.answer("GET", "/admin/users?page=0&size=25", 403, """
                {"status":403,"detail":"Only an admin may call the administration API"}""");

        MockHttpServletResponse page = mvc.perform(get("/admin").with(as(SOCIAL_WORKER))).andReturn().getResponse();

        assertThat(page.getStatus()).as("the error page itself is checked in AdminInBrowserTest").isEqualTo(403);
        assertThat(page("/sign-in/failed", SOCIAL_WORKER)).contains("Sign out").doesNotContain("nav-admin");
        assertThat(page("/sign-in/failed", COUNCIL_ADMIN)).contains("nav-admin");
        assertThat(page("/sign-in/failed", PLATFORM_ADMIN)).contains("nav-admin");
    }

    @Test
    void creatingAUserPostsWhatWasTypedAndShowsTheFirstPasswordOnce() throws Exception {
        assertThat(page("/admin/users/new", COUNCIL_ADMIN)).contains("value=\"825\"", "Social worker",
                "Family-finder", "Team manager").doesNotContain("RAA lead", "name=\"vaa\"", "name=\"administers\"");
        identity.answer("POST", "/admin/users", 201, "{\"username\":\"sw-9\",\"firstPassword\":\"once-only-9\"}");

        MockHttpServletResponse created = mvc.perform(post("/admin/users").with(as(COUNCIL_ADMIN)).with(csrf())
                .param("username", "sw-9").param("role", "social-worker").param("councils", "825, 826")
                .param("raa", "")).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getContentAsString()).contains("User created", "sw-9", "once-only-9",
                "the only time the password is shown");
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        IdentityStub.Call call = identity.calls().get(identity.calls().size() - 1);
        assertThat(call.method() + " " + call.pathAndQuery()).isEqualTo("POST /admin/users");
        assertThat(call.authorization()).isEqualTo("Bearer " + COUNCIL_ADMIN);
        assertThat(call.body()).contains("\"username\":\"sw-9\"", "\"role\":\"social-worker\"",
                "\"councils\":[\"825\",\"826\"]", "\"raa\":null", "\"administers\":null");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        for (MockHttpServletRequestBuilder form : new MockHttpServletRequestBuilder[] {
                post("/admin/users").param("username", "sw-9"), post("/admin/users/sw-1/disable"),
                post("/admin/users/sw-1/reset-second-factor"), post("/admin/councils/825/second-factor")}) {
            assertThat(mvc.perform(form.with(as(COUNCIL_ADMIN))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        assertThat(identity.calls()).isEmpty();
    }

    @Test
    void aRefusedUserIsTheFormAgainWithTheApisErrorsAsTheErrorSummaryAndBesideEachField() throws Exception {
        identity.answer("POST", "/admin/users", 400, """
                {"type":"about:blank","title":"Invalid request","status":400,
                 "detail":"username must be 3 to 100 letters, digits or . _ @ -; role must be one of [...]",
                 "errors":[{"field":"username","message":"must be 3 to 100 letters, digits or . _ @ -"},
                           {"field":"tenant","message":"a social-worker acts for either councils (councils) or one RAA (raa)"}]}""");

        String html = mvc.perform(post("/admin/users").with(as(COUNCIL_ADMIN)).with(csrf())
                .param("username", "x").param("role", "social-worker").param("councils", ""))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Create a user", "There is a problem",
                "<a href=\"#username\">Username must be 3 to 100 letters, digits or . _ @ -</a>",
                "<a href=\"#tenant\">Who they work for a social-worker acts for either councils (councils) or one RAA (raa)</a>",
                "id=\"username-error\"", "aria-describedby=\"username-hint username-error\"", "value=\"x\"",
                "govuk-input--error", "id=\"tenant\"");
        assertThat(html).containsPattern("value=\"social-worker\"\\s+checked");
    }

    @Test
    void aCreationOutsideTheAdminsReachShowsTheApisDetail() throws Exception {
        identity.answer("POST", "/admin/users", 403, """
                {"status":403,"detail":"This admin may not create a user with this role, tenant or power to administer"}""");

        String html = mvc.perform(post("/admin/users").with(as(COUNCIL_ADMIN)).with(csrf())
                .param("username", "sw-931").param("role", "social-worker").param("councils", "931"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("There is a problem", "This admin may not create a user with this role");
    }

    @Test
    void aUsersPageOffersEachChangeAndEachIsConfirmedThenPostedAndSaidDone() throws Exception {
        assertThat(page("/admin/users/sw-1", COUNCIL_ADMIN)).contains("sw-1", "Social worker",
                "href=\"/admin/users/sw-1/disable\"", "href=\"/admin/users/sw-1/unlock\"",
                "href=\"/admin/users/sw-1/reset-second-factor\"", "href=\"/admin/users/sw-1/role\"",
                "Set up (an authenticator app)");
        assertThat(page("/admin/users/sw-1/disable", COUNCIL_ADMIN)).contains("Disable sw-1?", "Yes, disable",
                "action=\"/admin/users/sw-1/disable\"", "name=\"_csrf\"");
        assertThat(identity.calls()).extracting(IdentityStub.Call::method).containsOnly("GET");
        identity.answer("PATCH", "/admin/users/sw-1", 200, SW_1);
        identity.answer("POST", "/admin/users/sw-1/unlock", 200, SW_1);
        identity.answer("DELETE", "/admin/users/sw-1/second-factor", 204, "");

        for (String action : new String[] {"disable", "enable", "unlock", "reset-second-factor"}) {
            MockHttpServletResponse done = mvc.perform(post("/admin/users/sw-1/" + action).with(as(COUNCIL_ADMIN))
                    .with(csrf())).andReturn().getResponse();
            assertThat(done.getRedirectedUrl()).as(action).isEqualTo("/admin/users/sw-1");
        }

        assertThat(identity.calls().stream().filter(call -> !call.method().equals("GET"))
                .map(call -> call.method() + " " + call.pathAndQuery() + " " + call.body()))
                .containsExactly("PATCH /admin/users/sw-1 {\"role\":null,\"enabled\":false}",
                        "PATCH /admin/users/sw-1 {\"role\":null,\"enabled\":true}",
                        "POST /admin/users/sw-1/unlock ",
                        "DELETE /admin/users/sw-1/second-factor ");
    }

    @Test
    void aChangeOfRoleTheApiRefusesIsShownOnTheRolePage() throws Exception {
        identity.answer("PATCH", "/admin/users/sw-1", 403, "{\"status\":403,\"detail\":\"This admin may not give the role raa-lead\"}");

        String html = mvc.perform(post("/admin/users/sw-1/role").with(as(COUNCIL_ADMIN)).with(csrf())
                .param("role", "raa-lead")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("There is a problem", "This admin may not give the role raa-lead",
                "Change the role of sw-1");
        assertThat(identity.calls()).extracting(IdentityStub.Call::body).contains("{\"role\":\"raa-lead\",\"enabled\":null}");
    }

    @Test
    void aUserTheApiDoesNotShowIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/users/someone-elses").with(as(COUNCIL_ADMIN))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aCouncilAdminSeesAndSetsWhetherTheirCouncilRequiresASecondFactor() throws Exception {
        identity.answer("GET", "/admin/councils/825/second-factor", 200, "{\"council\":\"825\",\"required\":false}");
        identity.answer("PUT", "/admin/councils/825/second-factor", 200, "{\"council\":\"825\",\"required\":true}");

        assertThat(page("/admin/second-factor", COUNCIL_ADMIN)).contains(
                "Must users of Buckinghamshire (825) give a second factor?", "action=\"/admin/councils/825/second-factor\"")
                .containsPattern("value=\"no\" id=\"required-825-no\"\\s+checked");
        MockHttpServletResponse saved = mvc.perform(post("/admin/councils/825/second-factor").with(as(COUNCIL_ADMIN))
                .with(csrf()).param("required", "yes")).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/second-factor");
        assertThat(identity.calls()).extracting(call -> call.method() + " " + call.body())
                .contains("PUT {\"required\":true}");
    }

    @Test
    void thePlatformAdminRegistersAVaaSystemSeesItsSecretOnceAndReadsTheAudit() throws Exception {
        identity.answer("POST", "/admin/clients", 201, "{\"clientId\":\"ffc-system\",\"clientSecret\":\"shown-once\"}");
        identity.answer("GET", "/admin/audit", 200, """
                [{"at":"2026-05-01T08:30:00Z","actor":"platform-admin","action":"register-vaa-system",
                  "target":"ffc-system","detail":"vaa ffc"}]""");

        assertThat(page("/admin/clients/new", PLATFORM_ADMIN)).contains("Register a VAA system",
                "href=\"/admin/audit\"");
        String registered = mvc.perform(post("/admin/clients").with(as(PLATFORM_ADMIN)).with(csrf())
                .param("clientId", "ffc-system").param("name", "Families for Children").param("vaa", "ffc"))
                .andReturn().getResponse().getContentAsString();
        assertThat(registered).contains("VAA system registered", "ffc-system", "shown-once");
        assertThat(identity.calls()).extracting(IdentityStub.Call::body).contains(
                "{\"clientId\":\"ffc-system\",\"name\":\"Families for Children\",\"vaa\":\"ffc\"}");

        assertThat(page("/admin/audit", PLATFORM_ADMIN)).contains("1 May 2026 at 09:30", "platform-admin",
                "Register VAA system", "ffc-system", "vaa ffc");
    }

    private String page(String path, String accessToken) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(as(accessToken))).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

    private RequestPostProcessor as(String accessToken) {
        RequestPostProcessor signedIn = oidcLogin()
                .clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject("someone"));
        RequestPostProcessor withToken = oauth2Client("permanence")
                .clientRegistration(registrations.findByRegistrationId("permanence"))
                .principalName("someone")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, Instant.now(),
                        Instant.now().plusSeconds(600)));
        return request -> withToken.postProcessRequest(signedIn.postProcessRequest(request));
    }

    /** An access token with these claims, as the identity service's token endpoint gives the web app. */
    private static String token(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.strip().getBytes(StandardCharsets.UTF_8)) + ".signature";
    }
}
