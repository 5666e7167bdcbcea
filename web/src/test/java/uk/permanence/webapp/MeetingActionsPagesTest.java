package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The tracking meeting's forms and what the child's page and the meeting list show of actions and acknowledged
 * alerts: what each form sends to the API, and the API's refusals as error summaries naming each field, in front of a
 * real HTTP server standing in for the gateway's API.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class MeetingActionsPagesTest {

    private static final StubApi api = new StubApi();
    private static final String CASE_FILE = """
            {"caseId":"c-1","laCode":"825","caseReference":"REF-1","version":3,"stage":"PLACEMENT_ORDER","events":[],
             "actions":[{"actionId":1,"what":"Book the matching panel","owner":"sw-1","agreedOn":"2025-01-02",
                         "dueOn":"2025-01-20","status":"OPEN"},
                        {"actionId":2,"what":"Send the CPR","owner":"ff-1","agreedOn":"2025-01-02",
                         "dueOn":"2099-01-20","status":"OPEN"},
                        {"actionId":3,"what":"Ask for a later hearing","owner":"tm-1","agreedOn":"2025-01-02",
                         "dueOn":"2025-01-20","status":"DROPPED","closedOn":"2025-01-05","dropReason":"listed anyway"}]}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", api::url);
        registry.add("permanence.web.identity-url", api::url);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientRegistrationRepository registrations;

    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @BeforeEach
    void answers() {
        api.answer("/api/cases/c-1", CASE_FILE);
        api.answer("/api/cases/c-1/timeliness", "{\"daysInCare\":1}");
        api.answer("/api/alerts?caseId=c-1&status=open&size=200", """
                {"items":[{"alertId":41,"rule":"FIRST_REVIEW","kind":"STATUTORY","severity":"OVERDUE",
                           "startedOn":"2025-01-01","dueOn":"2025-01-29","daysLeft":-3}],"total":1}""");
        received.clear();
    }

    /** The API answers every request under {@code path} with this status and body, and keeps what it was sent. */
    private void apiAnswers(String path, int status, String body) {
        api.handle(path, exchange -> answer(exchange, status, body));
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void theChildsPageListsTheActionsOverdueOnesMarkedWithTheFormsForWhoMayUseThem() throws Exception {
        String page = html(get("/children/c-1").with(signedInAs("team-manager")));
        assertThat(page).contains("Book the matching panel", "Send the CPR", "Dropped 5 January 2025", "listed anyway",
                "href=\"/children/c-1/actions/1\"", "href=\"/children/c-1/actions/2\"",
                "href=\"/children/c-1/actions/new\"", "href=\"/children/c-1/alerts/41/acknowledge\"")
                .doesNotContain("href=\"/children/c-1/actions/3\"");
        int section = page.indexOf("data-test=\"child-actions\"");
        String actions = page.substring(section, page.indexOf("</section>", section));
        assertThat(actions.split("govuk-tag--red\">Overdue")).hasSize(2);

        String worker = html(get("/children/c-1").with(signedInAs("social-worker")));
        assertThat(worker).contains("href=\"/children/c-1/actions/new\"")
                .doesNotContain("/alerts/41/acknowledge");
        String finder = html(get("/children/c-1").with(signedInAs("family-finder")));
        assertThat(finder).contains("Book the matching panel").doesNotContain("/children/c-1/actions/");
        assertThat(mvc.perform(get("/children/c-1/actions/new").with(signedInAs("family-finder"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anActionIsAgreedAsOfTodayAndTheApisRefusalNamesEachFieldInTheErrorSummary() throws Exception {
        apiAnswers("/api/cases/c-1/actions", 400, """
                {"status":400,"title":"Invalid request","detail":"what must not be blank",
                 "errors":[{"field":"owner","message":"must not be blank"},{"field":"what","message":"must not be blank"}]}""");
        MockHttpServletResponse refused = mvc.perform(post("/children/c-1/actions").with(signedInAs("team-manager"))
                        .with(csrf()).param("what", " ").param("owner", "").param("idempotencyKey", "k-1")
                        .param("dueOn-day", "15").param("dueOn-month", "2").param("dueOn-year", "2099"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString().replaceAll("\\s+", " ")).contains("There is a problem",
                "<a href=\"#owner\" data-field=\"owner\">Who will do it must not be blank</a>",
                "<a href=\"#what\" data-field=\"what\">What is to be done must not be blank</a>",
                "name=\"idempotencyKey\" value=\"k-1\"", "name=\"_csrf\"");
        assertThat(received).singleElement().asString().startsWith("POST /api/cases/c-1/actions ")
                .contains("\"agreedOn\":\"" + LocalDate.now() + "\"", "\"dueOn\":\"2099-02-15\"");

        received.clear();
        MockHttpServletResponse badDate = mvc.perform(post("/children/c-1/actions").with(signedInAs("team-manager"))
                        .with(csrf()).param("what", "x").param("owner", "y").param("dueOn-day", "31")
                        .param("dueOn-month", "2").param("dueOn-year", "2099"))
                .andReturn().getResponse();
        assertThat(badDate.getContentAsString()).contains("href=\"#dueOn-day\"",
                "Due date must be a real date");
        assertThat(received).isEmpty();

        apiAnswers("/api/cases/c-1/actions", 201, "{\"caseId\":\"c-1\",\"version\":4,\"actionId\":4}");
        MockHttpServletResponse agreed = mvc.perform(post("/children/c-1/actions").with(signedInAs("social-worker"))
                        .with(csrf()).param("what", "x").param("owner", "y").param("dueOn-day", "1")
                        .param("dueOn-month", "3").param("dueOn-year", "2099"))
                .andReturn().getResponse();
        assertThat(agreed.getRedirectedUrl()).isEqualTo("/children/c-1#actions");
    }

    @Test
    void aDroppedActionNeedsItsReasonAndIsSentAsDroppedToday() throws Exception {
        apiAnswers("/api/cases/c-1/actions", 200, "{\"caseId\":\"c-1\",\"version\":4}");
        MockHttpServletResponse noReason = mvc.perform(post("/children/c-1/actions/1")
                        .with(signedInAs("team-manager")).with(csrf()).param("outcome", "DROPPED"))
                .andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("href=\"#reason\"", "Enter why the action was dropped");
        assertThat(received).isEmpty();

        MockHttpServletResponse dropped = mvc.perform(post("/children/c-1/actions/1")
                        .with(signedInAs("team-manager")).with(csrf()).param("outcome", "DROPPED")
                        .param("reason", "plan changed"))
                .andReturn().getResponse();
        assertThat(dropped.getRedirectedUrl()).isEqualTo("/children/c-1#actions");
        assertThat(received).singleElement().asString().startsWith("PATCH /api/cases/c-1/actions/1 ")
                .contains("\"status\":\"DROPPED\"", "\"droppedOn\":\"" + LocalDate.now() + "\"",
                        "\"reason\":\"plan changed\"");
        assertThat(mvc.perform(get("/children/c-1/actions/3").with(signedInAs("team-manager"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aTeamManagerAcknowledgesAnAlertAndTheApisRefusalNamesTheReviewDate() throws Exception {
        apiAnswers("/api/alerts/41/acknowledgement", 400, """
                {"status":400,"title":"Invalid request","detail":"reviewOn must be within a year",
                 "errors":[{"field":"reviewOn","message":"must be within a year (by 2027-01-01)"}]}""");
        MockHttpServletResponse refused = mvc.perform(post("/children/c-1/alerts/41/acknowledge")
                        .with(signedInAs("team-manager")).with(csrf()).param("justification", "hearing listed")
                        .param("reviewOn-day", "1").param("reviewOn-month", "1").param("reviewOn-year", "2099"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("href=\"#reviewOn-day\"",
                "Review date must be within a year (by 2027-01-01)");
        assertThat(received).singleElement().asString().startsWith("POST /api/alerts/41/acknowledgement ")
                .contains("\"reviewOn\":\"2099-01-01\"", "\"justification\":\"hearing listed\"");

        received.clear();
        MockHttpServletResponse empty = mvc.perform(post("/children/c-1/alerts/41/acknowledge")
                        .with(signedInAs("team-manager")).with(csrf()))
                .andReturn().getResponse();
        assertThat(empty.getContentAsString()).contains("href=\"#justification\"", "href=\"#reviewOn-day\"");
        assertThat(received).isEmpty();
        assertThat(mvc.perform(get("/children/c-1/alerts/41/acknowledge").with(signedInAs("social-worker")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/children/c-1/alerts/42/acknowledge").with(signedInAs("team-manager")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theMeetingListShowsEachChildsOpenActionsAndItsAcknowledgedAlertsApart() throws Exception {
        api.answer("/api/surgery?team=north&page=0&size=25", """
                {"items":[{"caseId":"c-1","caseReference":"REF-1","laCode":"825","team":"north","socialWorker":"sw-1",
                           "stage":"PLACEMENT_ORDER","daysAtStage":40,"overdue":["VISIT_AFTER_PLACEMENT"],"dueSoon":[],
                           "actions":[{"actionId":1,"what":"Book the matching panel","owner":"sw-1",
                                       "agreedOn":"2025-01-02","dueOn":"2025-01-20","overdue":true}],
                           "acknowledged":[{"alertId":41,"rule":"FIRST_REVIEW","justification":"hearing listed",
                                            "reviewOn":"2099-01-01","acknowledgedBy":"tm-1"}]}],
                 "page":0,"size":25,"total":1,"withOverdue":1}""");
        String page = html(get("/meeting").param("team", "north").with(signedInAs("team-manager")));
        String actions = page.substring(page.indexOf("data-test=\"agenda-actions\""));
        assertThat(actions.substring(0, actions.indexOf("</td>"))).contains("Overdue",
                "Book the matching panel (sw-1, by 20 January 2025)");
        String acknowledged = page.substring(page.indexOf("data-test=\"agenda-acknowledged-cell\""));
        assertThat(acknowledged.substring(0, acknowledged.indexOf("</td>"))).contains("First review",
                "until 1 January 2099: hearing listed");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse page = mvc.perform(request).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString().replaceAll("\\s+", " ");
    }

    /** Signed in with an access token carrying {@code role}, as the identity service issues it. */
    private RequestPostProcessor signedInAs(String role) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"sub\":\"someone\",\"role\":\"" + role + "\",\"la\":[\"825\"]}")
                .getBytes(StandardCharsets.UTF_8)) + ".";
        RequestPostProcessor signedIn = oidcLogin()
                .clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(id -> id.subject("someone"));
        RequestPostProcessor withToken = oauth2Client()
                .clientRegistration(registrations.findByRegistrationId("permanence")).principalName("someone")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, Instant.now(),
                        Instant.now().plusSeconds(600)));
        return request -> withToken.postProcessRequest(signedIn.postProcessRequest(request));
    }
}
