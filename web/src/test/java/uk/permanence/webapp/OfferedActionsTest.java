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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * What a page offers follows what the API allows: the timeline's Correct and Void only to the roles the role table
 * lets correct and void; another occurrence of a milestone only for the API's duplicate problem type, whatever its
 * words; and the service navigation marks the page (or the section) being shown.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class OfferedActionsTest {

    private static final StubApi api = new StubApi();
    private static final String CASE_FILE = """
            {"caseId":"c-1","laCode":"825","caseReference":"REF-1","version":3,"stage":"PLACEMENT_ORDER",
             "events":[{"eventId":"e-0","sequence":0,"type":"ChildEnteredCare","occurredOn":"2024-02-01",
                        "recordedAt":"2024-02-02T09:30:00Z","recordedBy":"sw-1","status":"in-effect",
                        "details":{"caseId":"c-1","laCode":"825","enteredCareOn":"2024-02-01","caseReference":"REF-1",
                                   "dateOfBirth":"2020-01-15","legalStatus":"C2","recordedAt":"2024-02-02T09:30:00Z",
                                   "recordedBy":"sw-1","overrideReason":null}},
                       {"eventId":"e-3","sequence":3,"type":"PlacementOrderGranted","occurredOn":"2025-03-01",
                        "recordedAt":"2025-03-03T10:00:00Z","recordedBy":"tm-1","status":"in-effect",
                        "details":{"caseId":"c-1","laCode":"825","grantedOn":"2025-03-01",
                                   "recordedAt":"2025-03-03T10:00:00Z","recordedBy":"tm-1","overrideReason":null}}]}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", api::url);
        registry.add("permanence.web.identity-url", api::url);
        for (String component : List.of("gateway", "identity", "case-service", "tracking-service",
                "reporting-service")) {
            registry.add("permanence.web.status." + component, () -> api.url() + "/" + component);
        }
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
        api.answer("/api/cases/c-1", CASE_FILE);
        api.answer("/api/alerts?caseId=c-1&status=open&size=200", "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        api.answer("/api/caseload?page=0&size=25", "{\"items\":[],\"page\":0,\"size\":25,\"total\":0}");
        api.answer("/api/alerts?status=open&page=0&size=25", "{\"items\":[],\"page\":0,\"size\":25,\"total\":0}");
        api.answer("/api/surgery?page=0&size=25",
                "{\"items\":[],\"page\":0,\"size\":25,\"total\":0,\"withOverdue\":0}");
        api.answer("/api/surgery?page=0&size=200",
                "{\"items\":[],\"page\":0,\"size\":200,\"total\":0,\"withOverdue\":0}");
    }

    /** POST /api/cases/{id}/corrections and /voids: social workers and team managers only (RoleTable). */
    @ParameterizedTest(name = "{0}: correct {1}, void {2}")
    @CsvSource({"social-worker, true, true", "team-manager, true, true", "family-finder, false, false",
            "raa-lead, false, false"})
    void theTimelineOffersCorrectAndVoidOnlyToTheRolesTheApiLetsCorrectAndVoid(String role, boolean correct,
                                                                             boolean voids) throws Exception {
        String html = page("/children/c-1", role);

        assertThat(html.contains("href=\"/children/c-1/events/3/correct\"")).as("Correct offered").isEqualTo(correct);
        assertThat(html.contains("href=\"/children/c-1/events/3/void\"")).as("Void offered").isEqualTo(voids);
        assertThat(html.contains("data-test=\"event-actions\"")).isEqualTo(correct || voids);
        // the event that opened the case is never voided
        assertThat(html).doesNotContain("href=\"/children/c-1/events/0/void\"");
    }

    @ParameterizedTest
    @CsvSource({"family-finder, /children/c-1/events/3/correct", "family-finder, /children/c-1/events/3/void",
            "raa-lead, /children/c-1/events/3/correct", "raa-lead, /children/c-1/events/3/void"})
    void aCorrectionOrVoidTypedInByARoleTheApiRefusesIsRefusedWithoutReadingTheCase(String role, String path)
            throws Exception {
        assertThat(mvc.perform(get(path).with(signedIn(role))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(path).with(signedIn(role)).with(csrf()).param("field", "grantedOn"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void aDuplicateIsToldByTheProblemsTypeNotByItsWords() throws Exception {
        api.handle("/api/cases/c-1/visits", exchange -> problem(exchange, """
                {"type":"urn:permanence:problem:duplicate-milestone","title":"Duplicate milestone","status":409,
                 "detail":"This visit is already recorded as event 5.","errors":[]}"""));

        String html = visit();

        assertThat(html).contains("data-test=\"duplicate\"", "name=\"newOccurrence\" type=\"checkbox\" value=\"true\"");
    }

    @Test
    void anotherConflictIsNotADuplicateEvenIfItsWordsNameNewOccurrence() throws Exception {
        api.handle("/api/cases/c-1/visits", exchange -> problem(exchange, """
                {"type":"about:blank","title":"Conflict","status":409,
                 "detail":"The case is closed; newOccurrence cannot reopen it.","errors":[]}"""));

        String html = visit();

        assertThat(html).contains("govuk-error-summary", "The case is closed; newOccurrence cannot reopen it.")
                .doesNotContain("data-test=\"duplicate\"", "name=\"newOccurrence\"");
    }

    /** Each page, the navigation item it belongs to and how it is marked. */
    @ParameterizedTest(name = "{0} as {1}: {2} is {3}")
    @CsvSource({"/, team-manager, /, page", "/children/c-1, team-manager, /, true",
            "/alerts, team-manager, /alerts, page", "/meeting, team-manager, /meeting, page",
            "/meeting/print, team-manager, /meeting, true", "/reports, team-manager, /reports, page",
            "/status, ops, /status, page"})
    void theNavigationMarksThePageOrSectionShownAndNoOther(String path, String role, String item, String current)
            throws Exception {
        String html = page(path, role);

        List<String> marked = matches(html, "aria-current=\"([^\"]+)\"");
        assertThat(marked).as("aria-current on one item only").containsExactly(current);
        List<String> active = matches(html, "<li class=\"govuk-service-navigation__item "
                + "govuk-service-navigation__item--active\">\\s*<a class=\"govuk-service-navigation__link\" "
                + "href=\"([^\"]+)\" aria-current=\"" + current + "\"[^>]*><strong "
                + "class=\"govuk-service-navigation__active-fallback\">");
        assertThat(active).containsExactly(item);
    }

    private String visit() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/children/c-1/milestones/visits")
                .with(signedIn("team-manager")).with(csrf()).param("idempotencyKey", "key-1").param("version", "3")
                .param("visitedOn-day", "3").param("visitedOn-month", "6").param("visitedOn-year", "2025"))
                .andReturn().getResponse();
        return page.getContentAsString().replaceAll("\\s+", " ");
    }

    private static void problem(HttpExchange exchange, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(409, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static List<String> matches(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private String page(String path, String role) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(signedIn(role))).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

    private RequestPostProcessor signedIn(String role) {
        Instant now = Instant.now();
        RequestPostProcessor person = oidcLogin().clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject(role + "@825"));
        RequestPostProcessor token = oauth2Client().clientRegistration(registrations.findByRegistrationId("permanence"))
                .principalName(role + "@825")
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                        MeetingListPagingTest.accessToken(role), now, now.plus(Duration.ofMinutes(15))));
        return request -> token.postProcessRequest(person.postProcessRequest(request));
    }
}
