package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The alerts, tracking-meeting and status pages in front of a real HTTP server standing in for the gateway's API
 * and for the components' management ports.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class MeetingPagesTest {

    private static final StubApi api = new StubApi();

    private static final String LISTING = """
            {"items":[{"caseId":"c-1","laCode":"825","caseReference":"REF-1"},
                      {"caseId":"c-2","laCode":"825","caseReference":"REF-2"}],"page":0,"size":200,"total":2}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", api::url);
        registry.add("permanence.web.identity-url", api::url);
        registry.add("permanence.web.status.gateway", () -> api.url() + "/gateway");
        registry.add("permanence.web.status.identity", () -> api.url() + "/identity");
        registry.add("permanence.web.status.case-service", () -> api.url() + "/case");
        registry.add("permanence.web.status.tracking-service", () -> api.url() + "/tracking");
        // nothing listens there: the page says so rather than failing
        registry.add("permanence.web.status.reporting-service", () -> "http://localhost:1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @BeforeEach
    void answers() {
        api.calls().clear();
        api.answer("/api/cases?page=0&size=200", LISTING);
        api.answer("/api/alerts?team=north&status=open&page=0&size=25", """
                {"items":[{"alertId":7,"caseId":"c-2","laCode":"825","team":"north","socialWorker":"sw-2",
                           "rule":"ADOPTION_REVIEW_NOT_PLACED","kind":"STATUTORY","severity":"OVERDUE",
                           "startedOn":"2025-03-01","dueOn":"2025-06-01","daysLeft":-3},
                          {"alertId":8,"caseId":"c-1","laCode":"825","team":"north","socialWorker":"sw-1",
                           "rule":"MATCH_WITHIN_SIX_MONTHS","kind":"PERFORMANCE_THRESHOLD","severity":"DUE_SOON",
                           "startedOn":"2025-01-01","dueOn":"2025-06-20","daysLeft":16}],
                 "page":0,"size":25,"total":60}""");
        api.answer("/api/surgery?worker=sw-1&page=0&size=25", """
                {"items":[{"caseId":"c-2","caseReference":"REF-2","laCode":"825","team":"north","socialWorker":"sw-1",
                           "stage":"PLACEMENT_ORDER",
                           "daysAtStage":40,"overdue":["ADOPTION_REVIEW_NOT_PLACED"],"dueSoon":["STATUTORY_VISIT"],
                           "nextRule":"ADOPTION_REVIEW_NOT_PLACED","nextDueOn":"2025-06-01","nextDaysLeft":-3},
                          {"caseId":"c-1","caseReference":"REF-1","laCode":"825","team":"north","socialWorker":"sw-1",
                           "stage":"IN_CARE","daysAtStage":10,"overdue":[],"dueSoon":[]}],
                 "page":0,"size":25,"total":2,"withOverdue":1}""");
    }

    @Test
    void alertsShowEachChildByCaseReferenceWithKindSeverityDueDateAndDaysOverdueMostSevereFirst() throws Exception {
        String html = page("/alerts?team=north", "team-manager");

        assertThat(html).contains("60 open alerts", "href=\"/children/c-2\">REF-2</a>", "Adoption review not placed",
                "Statutory", "govuk-tag--red", "1 June 2025", "Performance threshold", "Due soon", "20 June 2025");
        assertThat(html.indexOf("REF-2")).isLessThan(html.indexOf("REF-1"));
        assertThat(html).containsPattern("1 June 2025</td>\\s*<td[^>]*>3</td>");
        assertThat(html).containsPattern("20 June 2025</td>\\s*<td[^>]*>0</td>");
        assertThat(html).contains("value=\"north\"", "Page <span>1</span> of <span>3</span>",
                "href=\"/alerts?team=north&amp;page=2\"");
        // the references come from one page of the case listing, not from one call per child
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactly(
                "/api/alerts?team=north&status=open&page=0&size=25", "/api/cases?page=0&size=200");
        assertThat(api.calls()).extracting(StubApi.Call::authorization).allMatch(value -> value.startsWith("Bearer "));
    }

    @Test
    void aFilterTheApiRefusesIsNamedInTheErrorSummaryAndAtItsField() throws Exception {
        api.answer("/api/alerts?la=82&status=open&page=0&size=25", 400, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid request parameters",
                 "errors":[{"field":"la","message":"must match \\"\\\\d{3}\\""}]}""");

        MockHttpServletResponse page = mvc.perform(get("/alerts?la=82").with(signedIn("team-manager")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("There is a problem", "Invalid request parameters",
                "href=\"#la\"", "id=\"la-error\"", "govuk-select--error", "<title>Error: Alerts");
    }

    @Test
    void whenFewerReferencesAreMissingThanListingPagesAreLeftEachMissingOneIsReadFromItsCaseFile() throws Exception {
        api.answer("/api/cases?page=0&size=200", """
                {"items":[{"caseId":"c-1","laCode":"825","caseReference":"REF-1"}],
                 "page":0,"size":200,"total":1000}""");
        api.answer("/api/cases/c-2", """
                {"caseId":"c-2","laCode":"825","caseReference":"REF-2","version":1,"stage":"IN_CARE","events":[]}""");

        String html = page("/alerts?team=north", "team-manager");

        assertThat(html).contains(">REF-2</a>", ">REF-1</a>");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactly(
                "/api/alerts?team=north&status=open&page=0&size=25", "/api/cases?page=0&size=200",
                "/api/cases/c-2");
    }

    @Test
    void theMeetingListIsMostUrgentFirstWithOverdueDueSoonAndNextDeadlineAndPrintsWithItsDateAndFilter()
            throws Exception {
        String html = page("/meeting?worker=sw-1", "team-manager");

        // the references come in the list's own answer
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery)
                .containsExactly("/api/surgery?worker=sw-1&page=0&size=25");
        assertThat(html.indexOf(">REF-2</a>")).isPositive().isLessThan(html.indexOf(">REF-1</a>"));
        assertThat(html).contains("2 children in care, 1 with something overdue",
                "Tracking meeting: <span data-test=\"meeting-scope\">All your councils, social worker sw-1</span>",
                wording(LocalDate.now(ZoneId.of("Europe/London"))), "govuk-tag--red\">Adoption review not placed",
                "govuk-tag--yellow\">Statutory visit", "1 June 2025", "(3 days overdue)", "None",
                "href=\"/meeting?la=825&amp;worker=sw-1\"", "href=\"/meeting?la=825&amp;team=north\"");
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/app/meeting-print.css\" media=\"print\">",
                "href=\"/meeting.csv?worker=sw-1\"", "class=\"app-filter app-no-print\"");
        assertThat(html).contains("href=\"/alerts\"", "href=\"/meeting\"").doesNotContain("href=\"/status\"");
    }

    @Test
    void theCsvIsTheApisOwnCopiedThroughWithThePersonsTokenAsADownloadNamedByTheDate() throws Exception {
        String csv = "caseId,laCode,team\r\nc-2,825,north\r\n";
        api.answer("/api/surgery?la=825&team=north", csv);

        MockHttpServletResponse download = mvc.perform(get("/meeting.csv?la=825&team=north")
                .with(signedIn("team-manager"))).andReturn().getResponse();

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"tracking-meeting-"
                + LocalDate.now(ZoneId.of("Europe/London")) + ".csv\"");
        assertThat(download.getContentAsString()).isEqualTo(csv);
        assertThat(api.calls()).singleElement().satisfies(call -> {
            assertThat(call.pathAndQuery()).isEqualTo("/api/surgery?la=825&team=north");
            assertThat(call.authorization()).isEqualTo("Bearer " + accessToken("team-manager"));
        });
    }

    @Test
    void aCsvTheApiRefusesSendsThePersonBackToTheListWithoutADownload() throws Exception {
        api.answer("/api/surgery?la=8", 400, """
                {"status":400,"detail":"Invalid request parameters","errors":[{"field":"la","message":"wrong"}]}""");

        MockHttpServletResponse download = mvc.perform(get("/meeting.csv?la=8").with(signedIn("team-manager")))
                .andReturn().getResponse();

        assertThat(download.getRedirectedUrl()).isEqualTo("/meeting?la=8");
        assertThat(download.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void aRoleTheApiRefusesTheListsGetsAForbiddenPage() throws Exception {
        api.answer("/api/surgery?page=0&size=25", 403, "{\"status\":403,\"detail\":\"Forbidden\"}");

        MockHttpServletResponse page = mvc.perform(get("/meeting").with(signedIn("vaa-worker"))).andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("You cannot see this page", "for social workers")
                .doesNotContain("href=\"/meeting\"");
    }

    @Test
    void opsSeeEachComponentsHealthTheConsumersLagAndThePublisher() throws Exception {
        for (String component : new String[] {"/gateway", "/identity", "/case", "/tracking"}) {
            api.answer(component + "/actuator/health", "{\"status\":\"UP\"}");
            api.answer(component + "/actuator/health/readiness", "{\"status\":\"UP\"}");
        }
        api.answer("/tracking/actuator/health/readiness", 503, "{\"status\":\"DOWN\"}");
        api.answer("/tracking/actuator/metrics/case_events_backlog", metric(1234));
        api.answer("/tracking/actuator/metrics/case_events_oldest_unprocessed_seconds", metric(7.5));
        api.answer("/tracking/actuator/metrics/case_events_held", metric(2));
        api.answer("/tracking/actuator/metrics/case_events_failed", metric(1));
        api.answer("/case/actuator/metrics/case_events_publish_lag_events", metric(42));
        api.answer("/case/actuator/metrics/case_events_publisher_gaps", metric(0));

        String html = page("/status", "ops");

        assertThat(html).contains("Platform status", "href=\"/status\"").doesNotContain("href=\"/alerts\"");
        assertThat(html).containsPattern("tracking-service</th>\\s*<td[^>]*><strong[^>]*>Up</strong></td>\\s*"
                + "<td[^>]*><strong class=\"govuk-tag govuk-tag--red\">Down</strong>");
        assertThat(html).containsPattern("reporting-service</th>\\s*<td[^>]*><strong[^>]*>Not reachable</strong>");
        assertThat(html).containsPattern("tracking-service</th>\\s*<td[^>]*>1,234</td>\\s*<td[^>]*>7.5</td>\\s*"
                + "<td[^>]*>2</td>\\s*<td[^>]*>1</td>");
        assertThat(html).containsPattern("reporting-service</th>\\s*<td[^>]*>Not known</td>");
        assertThat(html).containsPattern("not yet published</dt>\\s*<dd[^>]*>42</dd>");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).noneMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void anyoneButOpsGetsAForbiddenStatusPageAndNoComponentIsRead() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/status").with(signedIn("team-manager")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("You cannot see this page").doesNotContain("href=\"/status\"");
        assertThat(api.calls()).isEmpty();
    }

    /** The navigation asks for the person's role on every page; someone not signed in has none, and no token. */
    @Test
    void aPageShownToSomeoneNotSignedInOffersNoListsAndAsksForNoToken() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/sign-in/failed")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).doesNotContain("href=\"/alerts\"", "href=\"/status\"");
        assertThat(api.calls()).isEmpty();
    }

    private static String metric(double value) {
        return "{\"name\":\"m\",\"measurements\":[{\"statistic\":\"VALUE\",\"value\":" + value + "}]}";
    }

    private static String wording(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private String page(String path, String role) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(signedIn(role))).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

    /** A person whose access token (a JWT, unsigned here: the web app only reads its claims) names their role. */
    private RequestPostProcessor signedIn(String role) {
        Instant now = Instant.now();
        RequestPostProcessor person = oidcLogin().clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject(role + "@825"));
        RequestPostProcessor token = oauth2Client().clientRegistration(registrations.findByRegistrationId("permanence"))
                .principalName(role + "@825")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken(role), now,
                        now.plus(Duration.ofMinutes(15))));
        return request -> token.postProcessRequest(person.postProcessRequest(request));
    }

    private static String accessToken(String role) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = role.equals("ops") || role.equals("vaa-worker")
                ? "{\"sub\":\"" + role + "\",\"role\":\"" + role + "\"}"
                : "{\"sub\":\"" + role + "@825\",\"role\":\"" + role + "\",\"la\":[\"825\"]}";
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
