package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The caseload page in front of a real HTTP server answering as {@code GET /api/caseload} does. */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class CaseloadPageTest {

    private static final StubApi api = new StubApi();
    private static final String TWO_CHILDREN = """
            {"items":[{"caseId":"c-1","caseReference":"REF-1","laCode":"825","dateOfBirth":"2020-01-15",
                       "expectedDateOfBirth":null,"ageYears":6,"stage":"PLACEMENT_ORDER","stageSince":"2025-03-01",
                       "daysAtStage":40,"permanencePlan":"ADOPTION","team":"north","socialWorker":"sw.ann",
                       "familyFinder":"ff.fay","nextRule":"ADOPTION_REVIEW_NOT_PLACED","nextDueOn":"2025-06-01",
                       "nextDaysLeft":-3,"overdue":["ADOPTION_REVIEW_NOT_PLACED","ORDER_TO_MATCH"]},
                      {"caseId":"c-2","caseReference":"REF-2","laCode":"931","dateOfBirth":null,
                       "expectedDateOfBirth":"2099-01-01","ageYears":null,"stage":"PRE_BIRTH","stageSince":null,
                       "daysAtStage":null,"permanencePlan":null,"team":"north","socialWorker":null,
                       "familyFinder":null,"nextRule":"FIRST_REVIEW","nextDueOn":"2099-02-01","nextDaysLeft":20,
                       "overdue":[]}],
             "page":%d,"size":25,"total":%d}""";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", api::url);
        registry.add("permanence.web.identity-url", api::url);
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
    void forgetCalls() {
        api.calls().clear();
        api.answer("/api/caseload?page=0&size=25", 200, "application/json", TWO_CHILDREN.formatted(0, 2));
    }

    @Test
    void everyColumnComesFromOneCallWithThePersonsTokenAndOverdueIsSaidInWords() throws Exception {
        String html = page("/");

        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactly("/api/caseload?page=0&size=25");
        assertThat(api.calls()).extracting(StubApi.Call::authorization).containsOnly("Bearer access-token");
        assertThat(html).contains("href=\"/children/c-1\"", "REF-1", "Buckinghamshire (825)", "6 years",
                "Placement order", "Adoption", "sw.ann", "ff.fay", ">40<", "1 June 2025",
                "Adoption review not placed", "3 days overdue", "Overdue", "Order to match",
                "REF-2", "Oxfordshire (931)", "Not yet born", "Pre birth", "Not recorded", "Not allocated",
                "in 20 days", "Nothing overdue", "2 children in your caseload.");
        assertThat(html).contains("aria-sort=\"ascending\"", "href=\"/?sort=-reference\"", "href=\"/?sort=age\"",
                "href=\"/?sort=nextDueOn\"", "href=\"/caseload.csv\"", "Download CSV");
        assertThat(html).doesNotContain("govuk-pagination");
    }

    @Test
    void filtersSortAndPageGoToTheApiAndStayInEveryLinkOfThePage() throws Exception {
        api.answer("/api/caseload?reference=REF&team=north%20%26%20west&worker=sw.ann&stage=PLACEMENT_ORDER"
                + "&overdue=true&sort=-nextDueOn&page=1&size=25", TWO_CHILDREN.formatted(1, 60));

        String html = page(get("/").param("team", "north & west").param("worker", "sw.ann")
                .param("stage", "PLACEMENT_ORDER").param("overdue", "true").param("reference", "REF")
                .param("sort", "-nextDueOn").param("page", "2"));

        String kept = "reference=REF&amp;team=north%20%26%20west&amp;worker=sw.ann&amp;stage=PLACEMENT_ORDER"
                + "&amp;overdue=true";
        assertThat(html).contains("60 children match the filters.", "aria-sort=\"descending\"",
                "href=\"/?" + kept + "&amp;sort=nextDueOn\"", "href=\"/?" + kept + "&amp;sort=-nextDueOn\"",
                "href=\"/?" + kept + "&amp;sort=-nextDueOn&amp;page=3\"", "href=\"/?" + kept + "&amp;sort=-nextDueOn\"",
                "href=\"/caseload.csv?" + kept + "&amp;sort=-nextDueOn\"", "Page <span>2</span> of <span>3</span>",
                "value=\"north &amp; west\"", "<option value=\"PLACEMENT_ORDER\" selected=\"selected\">",
                "name=\"sort\" value=\"-nextDueOn\"", "checked=\"checked\"", "Clear filters");
    }

    @Test
    void filtersTheApiRefusesAreNamedInTheErrorSummaryAndBesideEachField() throws Exception {
        api.answer("/api/caseload?team=" + "x".repeat(101) + "&stage=DONE&page=0&size=25", 400,
                "application/problem+json", """
                {"type":"about:blank","title":"Invalid request","status":400,
                 "detail":"team must be at most 100 characters; stage must be one of PRE_BIRTH",
                 "errors":[{"field":"team","message":"must be at most 100 characters"},
                           {"field":"stage","message":"must be one of PRE_BIRTH, IN_CARE"}]}""");

        String html = page("/?team=" + "x".repeat(101) + "&stage=DONE");

        assertThat(html).contains("<title>Error: Caseload", "There is a problem",
                "href=\"#team\">Team must be at most 100 characters</a>",
                "href=\"#stage\">Stage must be one of PRE_BIRTH, IN_CARE</a>", "id=\"team-error\"",
                "govuk-input--error", "govuk-select--error", "aria-describedby=\"team-hint team-error\"")
                .doesNotContain("data-test=\"caseload\"");
    }

    @Test
    void theCsvIsTheApisStreamedWithThePersonsTokenAsADatedAttachment() throws Exception {
        api.answer("/api/caseload?team=north&sort=age", 200, "text/csv", "caseReference,caseId\r\nREF-1,c-1\r\n");

        MockHttpServletResponse csv = mvc.perform(get("/caseload.csv?team=north&sort=age").with(signedIn()))
                .andReturn().getResponse();

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"caseload-" + LocalDate.now() + ".csv\"");
        assertThat(csv.getContentAsString()).isEqualTo("caseReference,caseId\r\nREF-1,c-1\r\n");
        assertThat(api.acceptOf("/api/caseload?team=north&sort=age")).isEqualTo("text/csv");
        assertThat(api.calls()).extracting(StubApi.Call::authorization).containsOnly("Bearer access-token");
    }

    @Test
    void aCsvOfFiltersTheApiRefusesGoesBackToThePageThatSaysWhy() throws Exception {
        api.answer("/api/caseload?stage=DONE", 400, "application/problem+json", "{\"status\":400}");

        MockHttpServletResponse csv = mvc.perform(get("/caseload.csv?stage=DONE").with(signedIn()))
                .andReturn().getResponse();

        assertThat(csv.getRedirectedUrl()).isEqualTo("/?stage=DONE");
    }

    @Test
    void aVaasWorkerWhomTheCaseloadRefusesSeesTheChildrenSharedWithTheVaa() throws Exception {
        api.answer("/api/caseload?page=0&size=25", 403, "application/problem+json", "{\"status\":403}");
        api.answer("/api/cases?page=0&size=25", """
                {"items":[{"caseId":"shared","laCode":"825","caseReference":"SHARED-1"}],"page":0,"size":25,"total":1}""");
        api.answer("/api/cases/shared", """
                {"caseId":"shared","laCode":"825","caseReference":"SHARED-1","version":4,"stage":"PLACEMENT_ORDER",
                 "dateOfBirth":"2023-06-01","placementOrderOn":"2025-01-01"}""");

        String html = page("/");

        assertThat(html).contains("SHARED-1", "1 child you may see").doesNotContain("Download CSV", "Social worker");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactly(
                "/api/caseload?page=0&size=25", "/api/cases?page=0&size=25", "/api/cases/shared");
    }

    private String page(String path) throws Exception {
        return page(get(path));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse page = mvc.perform(request.with(signedIn())).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

    private RequestPostProcessor signedIn() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject("tm-1"));
    }
}
