package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.webapp.milestone.Field;
import uk.permanence.webapp.milestone.Milestone;
import uk.permanence.webapp.milestone.Milestones;

/**
 * Recording a milestone, correcting and voiding an event: the forms each milestone's fields make, what is sent to the
 * API (the person's token, the form's idempotency key, the version shown as If-Match), and how each refusal the API
 * answers is shown, in front of a real HTTP server standing in for the gateway's API.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class MilestonePagesTest {

    private static final StubApi api = new StubApi();
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
    /** What case-service answers a placement for adoption with no match in effect (ProblemResponses). */
    private static final String NO_MATCH_PROBLEM = """
            {"type":"about:blank","title":"Command does not fit the case","status":422,
             "detail":"A plausibility rule refused this; send an overrideReason to record it anyway.",
             "instance":"/api/cases/c-1/placement-for-adoption",
             "errors":[{"field":"placedOn","message":"a placement for adoption needs a match, and none is in effect: record the match first (for carers who already care for the child, the decision that they become the prospective adopters), or give an overrideReason"}],
             "overridable":true}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", api::url);
        registry.add("permanence.web.identity-url", api::url);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    Milestones milestones;

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @BeforeEach
    void answers() {
        api.calls().clear();
        api.answer("/api/cases/c-1", CASE_FILE);
        api.answer("/api/cases/shared", """
                {"caseId":"shared","laCode":"825","caseReference":"SHARED-1","version":4,"stage":"PLACEMENT_ORDER"}""");
    }

    /** The forms are described by hand; this keeps them to what the API takes, path by path and field by field. */
    @Test
    void everyMilestoneTheApiRecordsHasAFormWhoseFieldsAreItsEventsFieldsAskedForAsTheirTypes() throws Exception {
        String openApi = Files.readString(Path.of("../gateway/src/main/resources/openapi.yaml"));
        String milestoneEnum = openApi.substring(openApi.indexOf("name: milestone"));
        milestoneEnum = milestoneEnum.substring(milestoneEnum.indexOf("enum:"), milestoneEnum.indexOf("- $ref"));
        List<String> paths = new ArrayList<>(matches(milestoneEnum, "- ([a-z-]+)"));
        assertThat(paths).contains("corrections", "voids");
        paths.removeAll(List.of("corrections", "voids"));

        assertThat(milestones.all()).extracting(Milestone::path).containsExactlyInAnyOrderElementsOf(paths);
        for (Milestone milestone : milestones.all()) {
            List<RecordComponent> fields = Arrays.stream(CaseEventTypes.classOf(milestone.event()).orElseThrow()
                            .getRecordComponents())
                    .filter(component -> !List.of("caseId", "laCode", "recordedAt", "recordedBy", "overrideReason")
                            .contains(component.getName()))
                    .toList();
            assertThat(milestone.fields()).as(milestone.path()).extracting(Field::name)
                    .containsExactlyElementsOf(fields.stream().map(RecordComponent::getName).toList());
            for (int i = 0; i < fields.size(); i++) {
                Class<?> type = fields.get(i).getType();
                Field field = milestone.fields().get(i);
                if (type == LocalDate.class) {
                    assertThat(field.kind()).as(field.name()).isEqualTo(Field.Kind.DATE);
                } else if (type.isEnum()) {
                    assertThat(field.kind()).as(field.name()).isEqualTo(Field.Kind.CHOICE);
                    assertThat(field.options()).extracting(Field.Option::value).containsExactlyElementsOf(
                            Arrays.stream(type.getEnumConstants()).map(code -> ((Enum<?>) code).name()).toList());
                } else if (type == boolean.class || type == Boolean.class) {
                    assertThat(field.kind()).as(field.name()).isEqualTo(Field.Kind.YES_NO);
                } else if (type == Integer.class || type == int.class) {
                    assertThat(field.kind()).as(field.name()).isEqualTo(Field.Kind.NUMBER);
                } else {
                    assertThat(field.kind()).as(field.name()).isIn(Field.Kind.TEXT, Field.Kind.LONG_TEXT);
                }
            }
        }
    }

    @Test
    void theChildsPageOffersRecordingAndACorrectionAndVoidForEachEventInEffect() throws Exception {
        api.answer("/api/cases/c-1/timeliness", "{\"daysInCare\":1}");
        api.answer("/api/alerts?caseId=c-1&status=open&size=200", "{\"items\":[],\"total\":0}");

        String html = page("/children/c-1");

        assertThat(html).contains("href=\"/children/c-1/milestones\"", "href=\"/children/c-1/events/3/correct\"",
                "href=\"/children/c-1/events/3/void\"", "href=\"/children/c-1/events/0/correct\"")
                .doesNotContain("/children/c-1/events/0/void");
    }

    @Test
    void everyMilestoneIsOfferedToTheCouncilAndOnlyFamilyFindingToAVaa() throws Exception {
        assertThat(milestonesOffered(page("/children/c-1/milestones"))).hasSize(30)
                .contains("placement-order", "reviews", "adopter-links", "vaa-shares");
        assertThat(milestonesOffered(page("/children/shared/milestones")))
                .containsExactlyInAnyOrder("adopter-links", "adopter-link-ends", "match", "placement-for-adoption");
        assertThat(mvc.perform(get("/children/shared/milestones/placement-order").with(signedIn())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPersonIsOfferedWhatTheirRoleMayRecordByTheRoleTable() throws Exception {
        assertThat(milestonesOffered(html(get("/children/c-1/milestones").with(signedInAs("family-finder")))))
                .containsExactlyInAnyOrder("adopter-links", "adopter-link-ends", "match", "placement-for-adoption");
        assertThat(milestonesOffered(html(get("/children/c-1/milestones").with(signedInAs("raa-lead")))))
                .containsExactlyInAnyOrder("allocation", "family-finder-allocation", "vaa-shares", "vaa-unshares");
        assertThat(milestonesOffered(html(get("/children/c-1/milestones").with(signedInAs("team-manager")))))
                .hasSize(30);
        assertThat(mvc.perform(get("/children/c-1/milestones/placement-order").with(signedInAs("family-finder")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aMilestonesFormHasExactlyItsRequestFieldsWithTheCaseVersionAndAKeyOfItsOwn() throws Exception {
        String html = page("/children/c-1/milestones/placement-for-adoption");

        assertThat(html).contains("id=\"placedOn-day\"", "name=\"placedOn-month\"", "name=\"placedOn-year\"",
                "name=\"withCurrentFosterCarers\" type=\"radio\" value=\"true\"",
                "Date the foster placement with them began (optional)", "name=\"version\" value=\"3\"",
                "name=\"_csrf\"");
        assertThat(inputNames(html)).containsExactlyInAnyOrder("_csrf", "version", "idempotencyKey", "placedOn-day",
                "placedOn-month", "placedOn-year", "withCurrentFosterCarers", "fosterPlacementStartedOn-day",
                "fosterPlacementStartedOn-month", "fosterPlacementStartedOn-year");
        assertThat(key(html)).isNotEqualTo(key(page("/children/c-1/milestones/placement-for-adoption")));

        String review = page("/children/c-1/milestones/reviews");
        assertThat(review).contains("<select class=\"govuk-select\" id=\"kind\" name=\"kind\"",
                "<option value=\"SUBSEQUENT\">Subsequent review</option>", "<option value=\"LONG_TERM_FOSTERING\">",
                "Parallel plan (optional)");
    }

    @Test
    void recordingSendsTheBodyWithThePersonsTokenTheFormsKeyAndTheVersionShownThenShowsTheBanner() throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/placement-order", 200, """
                {"caseId":"c-1","version":4}""");

        MvcResult result = mvc.perform(form("/children/c-1/milestones/placement-order", "key-1", "3",
                "grantedOn-day", "1", "grantedOn-month", "3", "grantedOn-year", "2025")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/children/c-1");
        assertThat(result.getFlashMap().get("recorded")).isEqualTo("Placement order recorded");
        Received sent = endpoint.received.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(JSON.readTree(sent.body())).isEqualTo(JSON.readTree("{\"grantedOn\":\"2025-03-01\"}"));
        assertThat(sent.idempotencyKey()).isEqualTo("key-1");
        assertThat(sent.ifMatch()).isEqualTo("\"3\"");
        assertThat(sent.authorization()).isEqualTo("Bearer access-token");

        api.answer("/api/cases/c-1/timeliness", "{\"daysInCare\":1}");
        api.answer("/api/alerts?caseId=c-1&status=open&size=200", "{\"items\":[],\"total\":0}");
        String child = html(get("/children/c-1").with(signedIn())
                .flashAttr("recorded", "Placement order recorded"));
        assertThat(child).contains("govuk-notification-banner--success", "Placement order recorded");
    }

    @Test
    void aPlausibilityRefusalBecomesTheErrorSummaryLinkedToTheFieldKeepsTheInputAndOffersAnOverride()
            throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/placement-for-adoption", 422, NO_MATCH_PROBLEM, 200,
                "{\"caseId\":\"c-1\",\"version\":4}");

        MockHttpServletResponse refused = mvc.perform(form("/children/c-1/milestones/placement-for-adoption",
                "key-2", "3", "placedOn-day", "2", "placedOn-month", "6", "placedOn-year", "2025",
                "withCurrentFosterCarers", "false")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        String html = refused.getContentAsString().replaceAll("\\s+", " ");
        assertThat(html).contains("<title>Error: Placement for adoption", "govuk-error-summary",
                "<a href=\"#placedOn-day\" data-field=\"placedOn\">Date placed a placement for adoption needs a match",
                "id=\"placedOn-error\"", "govuk-form-group--error", "aria-describedby=\"placedOn-hint placedOn-error\"",
                "name=\"placedOn-day\" type=\"text\" inputmode=\"numeric\" value=\"2\"",
                "name=\"placedOn-year\" type=\"text\" inputmode=\"numeric\" value=\"2025\"",
                "value=\"false\" checked=\"checked\"", "data-test=\"overridable\"", "Why record it anyway?",
                "name=\"overrideReason\"", "name=\"idempotencyKey\" value=\"key-2\"");

        mvc.perform(form("/children/c-1/milestones/placement-for-adoption", "key-2", "3", "placedOn-day", "2",
                "placedOn-month", "6", "placedOn-year", "2025", "withCurrentFosterCarers", "false",
                "overrideReason", "Matched at panel; the decision is being written up"));
        assertThat(JSON.readTree(endpoint.received.get(1).body())).isEqualTo(JSON.readTree("""
                {"placedOn":"2025-06-02","withCurrentFosterCarers":false,
                 "overrideReason":"Matched at panel; the decision is being written up"}"""));
    }

    @Test
    void aRequestsMissingFieldsAreNamedEachAsTheApiNamesThemAndFieldsNotOnTheFormStillShow() throws Exception {
        endpoint("/api/cases/c-1/match", 400, """
                {"type":"about:blank","title":"Invalid request","status":400,"detail":"Some fields are missing or wrong.",
                 "instance":"/api/cases/c-1/match",
                 "errors":[{"field":"matchedOn","message":"must not be null"},
                           {"field":"panelRecommendedOn","message":"must not be null"},
                           {"field":"Idempotency-Key","message":"was already used for a different request"}]}""");

        String html = html(form("/children/c-1/milestones/match", "key-3", "3", "linkId", "L-7"));

        assertThat(html).contains(
                "<a href=\"#matchedOn-day\" data-field=\"matchedOn\">Date of the match decision must be given</a>",
                "<a href=\"#panelRecommendedOn-day\" data-field=\"panelRecommendedOn\">"
                        + "Date of the panel&#39;s recommendation must be given</a>",
                "<span data-field=\"Idempotency-Key\">Idempotency-Key was already used for a different request</span>",
                "name=\"linkId\" type=\"text\" value=\"L-7\"")
                .doesNotContain("data-test=\"overridable\"");
        assertThat(html.indexOf("#matchedOn-day")).isLessThan(html.indexOf("#panelRecommendedOn-day"));
    }

    @Test
    void aDateThatIsNotARealDateIsNamedWithoutCallingTheApi() throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/adoption-decision", 200, "{\"version\":4}");

        String html = html(form("/children/c-1/milestones/adoption-decision", "key-4", "3",
                "decidedOn-day", "31", "decidedOn-month", "2", "decidedOn-year", "2025"));

        assertThat(html)
                .contains("<a href=\"#decidedOn-day\" data-field=\"decidedOn\">Date decided must be a real date");
        assertThat(endpoint.received).isEmpty();
    }

    @Test
    void aStaleVersionShowsWhatWasRecordedSinceKeepsTheInputAndRecordsAgainOnTheNewVersion() throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/adoption-decision", 412, """
                {"type":"about:blank","title":"Stale version","status":412,
                 "detail":"The case has changed since the version given in If-Match; read it again.",
                 "errors":[{"field":"If-Match","message":"is not the case's current version"}]}""", 200,
                "{\"caseId\":\"c-1\",\"version\":4}");

        String html = html(form("/children/c-1/milestones/adoption-decision", "key-5", "2",
                "decidedOn-day", "5", "decidedOn-month", "1", "decidedOn-year", "2025"));

        assertThat(html).contains("data-test=\"stale\"", "Someone else recorded on this child",
                "Placement order granted on 1 March 2025, recorded 3 March 2025 at 10:00 by tm-1",
                "name=\"decidedOn-day\" type=\"text\" inputmode=\"numeric\" value=\"5\"",
                "name=\"version\" value=\"3\"", "Record it again")
                .doesNotContain("Child entered care on").doesNotContain("govuk-error-summary");

        mvc.perform(form("/children/c-1/milestones/adoption-decision", key(html), "3",
                "decidedOn-day", "5", "decidedOn-month", "1", "decidedOn-year", "2025"));
        assertThat(endpoint.received).extracting(Received::ifMatch).containsExactly("\"2\"", "\"3\"");
        assertThat(endpoint.received.get(1).body()).isEqualTo(endpoint.received.get(0).body());
    }

    @Test
    void aDuplicateOffersAnotherOccurrence() throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/visits", 409, """
                {"type":"urn:permanence:problem:duplicate-milestone","title":"Duplicate milestone","status":409,
                 "detail":"The same RecordStatutoryVisit (same dates and details) is already recorded on this case as event 5; to record another occurrence, send \\"newOccurrence\\": true.",
                 "errors":[]}""", 200, "{\"version\":4}");

        String html = html(form("/children/c-1/milestones/visits", "key-6", "3", "visitedOn-day", "3",
                "visitedOn-month", "6", "visitedOn-year", "2025"));
        assertThat(html).contains("data-test=\"duplicate\"", "name=\"newOccurrence\" type=\"checkbox\" value=\"true\"");

        mvc.perform(form("/children/c-1/milestones/visits", "key-6", "3", "visitedOn-day", "3",
                "visitedOn-month", "6", "visitedOn-year", "2025", "newOccurrence", "true"));
        assertThat(JSON.readTree(endpoint.received.get(1).body()).path("newOccurrence").asBoolean()).isTrue();
    }

    @Test
    void aCorrectionAsksWhichFieldThenItsNewValueAsItsTypeAndSendsItAsTextWithTheReason() throws Exception {
        String choice = page("/children/c-1/events/3/correct");
        assertThat(choice).contains("Correct Placement order granted", "value=\"grantedOn\"",
                "Date granted: 1 March 2025").doesNotContain("value=\"recordedBy\"", "value=\"laCode\"");
        assertThat(page("/children/c-1/events/3/correct?chosen=yes")).contains("govuk-error-summary",
                "Select the detail that is wrong");

        String form = page("/children/c-1/events/3/correct?field=grantedOn&chosen=yes");
        assertThat(form).contains("id=\"value-day\"", "Recorded now as: 1 March 2025", "id=\"correctedOn-day\"",
                "name=\"reason\"");
        Endpoint endpoint = endpoint("/api/cases/c-1/corrections", 200, "{\"version\":4}");
        MvcResult corrected = mvc.perform(form("/children/c-1/events/3/correct?field=grantedOn&chosen=yes",
                key(form), "3", "value-day", "2", "value-month", "3", "value-year", "2025", "correctedOn-day", "3",
                "correctedOn-month", "12", "correctedOn-year", "2026", "reason", "The order is dated 2 March"))
                .andReturn();
        assertThat(corrected.getFlashMap().get("recorded")).isEqualTo("Correction recorded");
        assertThat(JSON.readTree(endpoint.received.get(0).body())).isEqualTo(JSON.readTree("""
                {"correctedSequence":3,"field":"grantedOn","value":"2025-03-02","correctedOn":"2026-12-03",
                 "reason":"The order is dated 2 March"}"""));
    }

    @Test
    void aVoidNeedsItsReasonAndNamesTheEvent() throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/voids", 400, """
                {"type":"about:blank","title":"Invalid request","status":400,"detail":"Some fields are missing or wrong.",
                 "errors":[{"field":"reason","message":"must not be blank"}]}""", 200, "{\"version\":4}");

        String html = mvc.perform(form("/children/c-1/events/3/void", "key-7", "3", "voidedOn-day", "3",
                "voidedOn-month", "12", "voidedOn-year", "2026", "reason", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("Void Placement order granted",
                "<a href=\"#reason\" data-field=\"reason\">Why it was recorded in error must be given</a>");

        mvc.perform(form("/children/c-1/events/3/void", "key-7", "3", "voidedOn-day", "3", "voidedOn-month", "12",
                "voidedOn-year", "2026", "reason", "Recorded on the wrong child"));
        assertThat(JSON.readTree(endpoint.received.get(1).body())).isEqualTo(JSON.readTree("""
                {"voidedSequence":3,"voidedOn":"2026-12-03","reason":"Recorded on the wrong child"}"""));
        assertThat(mvc.perform(get("/children/c-1/events/7/void").with(signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aFormNeedsItsCsrfToken() throws Exception {
        Endpoint endpoint = endpoint("/api/cases/c-1/placement-order", 200, "{\"version\":4}");

        assertThat(mvc.perform(post("/children/c-1/milestones/placement-order").with(signedIn())
                .param("grantedOn-day", "1")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(endpoint.received).isEmpty();
    }

    private MockHttpServletRequestBuilder form(String path, String key, String version, String... fields) {
        MockHttpServletRequestBuilder request = post(path).with(signedIn()).with(csrf())
                .param("idempotencyKey", key).param("version", version);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private static List<String> milestonesOffered(String html) {
        return matches(html, "data-milestone=\"([a-z-]+)\"");
    }

    private static List<String> inputNames(String html) {
        String form = html.substring(html.indexOf("data-test=\"milestone-form\""));
        return matches(form, "name=\"([^\"]+)\"").stream().distinct().toList();
    }

    private static String key(String html) {
        return matches(html, "name=\"idempotencyKey\" value=\"([^\"]+)\"").get(0);
    }

    private static List<String> matches(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The page answered, its white space made single spaces. */
    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(signedIn())).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString().replaceAll("\\s+", " ");
    }

    private RequestPostProcessor signedIn() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject("tm-1"));
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

    private static Endpoint endpoint(String path, Object... statusesAndBodies) {
        Endpoint endpoint = new Endpoint();
        for (int i = 0; i < statusesAndBodies.length; i += 2) {
            endpoint.answers.add(new Answer((Integer) statusesAndBodies[i], (String) statusesAndBodies[i + 1]));
        }
        api.handle(path, endpoint);
        return endpoint;
    }

    record Answer(int status, String body) {
    }

    record Received(String method, String body, String idempotencyKey, String ifMatch, String authorization) {
    }

    /** An API milestone path answering each request with the next answer, the last one thereafter. */
    static final class Endpoint implements HttpHandler {

        final Queue<Answer> answers = new ArrayDeque<>();
        final List<Received> received = new CopyOnWriteArrayList<>();

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            received.add(new Received(exchange.getRequestMethod(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("If-Match"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Answer answer = answers.size() > 1 ? answers.poll() : answers.peek();
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    answer.status() < 300 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
