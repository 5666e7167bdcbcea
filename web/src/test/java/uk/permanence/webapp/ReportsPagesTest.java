package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The report pages in front of a real HTTP server answering as the API does (the reports' JSON as reporting-service
 * writes it, its CSV, its 400 problems and 403s): the council or RAA a person may choose, from their token's claims;
 * the period fields; each report drawn; the scorecard side by side; run charts as SVG; CSV streamed through.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class ReportsPagesTest {

    private static final StubApi api = new StubApi();

    private static final String MET = """
            {"mean":300,"median":290.5,"percent":null,"children":12,"threshold":426,"met":true,"smallNumber":false}""";
    private static final String MISSED_A2 = """
            {"mean":150,"median":140.0,"percent":null,"children":3,"threshold":121,"met":false,"smallNumber":true}""";
    private static final String A3 = """
            {"mean":null,"median":null,"percent":58,"children":12,"threshold":null,"met":null,"smallNumber":false}""";

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
    OAuth2AuthorizedClientRepository authorizedClients;

    @AfterAll
    static void stopApi() {
        api.close();
    }

    private static String scorecard(String scope, String a1, String a2) {
        String measures = "{\"a1\":" + a1 + ",\"a10\":" + a1 + ",\"a2\":" + a2 + ",\"a3\":" + A3 + "}";
        return """
                {"scope":%s,"asOf":"2026-12-03T08:00:00Z","from":"2023-04-01","to":"2026-03-31",
                 "cohort":"children adopted in the period (retrospective)",
                 "a1":%s,"a10":%s,"a2":%s,"a3":%s,"a3PlacedWithinMonths":14,"a2MatchTakenFromPlacement":1,
                 "splits":{"fiveOrOverAtEntry":%s,"siblingGroup":%s,"disability":%s,"earlyPermanence":%s,
                           "byEthnicityGroup":{"WHITE":%s}}}""".formatted(scope, a1, a1, a2, A3, measures, measures,
                measures, measures, measures);
    }

    @BeforeEach
    void answers() {
        api.calls().clear();
        api.answer("/api/reports/scorecard?la=825", captured("scorecard-worked-example.json"));
        api.answer("/api/reports/scorecard?raa=adopt-thames-valley", scorecard(
                "{\"raa\":\"adopt-thames-valley\",\"councils\":[\"826\",\"825\"]}", MET, MET));
        api.answer("/api/reports/scorecard?la=826", scorecard("{\"la\":\"826\"}", MET, MISSED_A2));
        api.answer("/api/reports/cohorts?la=825", captured("cohorts-placed-without-a-match.json"));
        api.answer("/api/reports/run-charts?la=825&from=2023-01&to=2023-12",
                captured("run-charts-placed-without-a-match.json"));
        api.answer("/api/reports/quarterly-return?raa=adopt-thames-valley", quarterly("2026-Q3", "2026-07-01",
                "2026-09-30"));
        api.answer("/api/reports/quarterly-return?la=825&quarter=2026-Q2", 200, "text/csv;charset=UTF-8", """
                la_code,adm_decisions,placement_orders\r
                825,2,1\r
                total,2,1\r
                """);
        api.answer("/api/reports/run-charts?la=825", """
                {"scope":{"la":"825"},"asOf":"2026-12-03T08:00:00Z","from":"2026-01","to":"2026-07","charts":[
                 {"measure":"a1","description":"A1: entering care to placement for adoption","centreLine":300.0,
                  "points":[{"month":"2026-01","median":100.0,"children":1,"smallNumber":true},
                            {"month":"2026-02","median":null,"children":0,"smallNumber":true},
                            {"month":"2026-03","median":310.0,"children":2,"smallNumber":true},
                            {"month":"2026-04","median":320.0,"children":2,"smallNumber":true},
                            {"month":"2026-05","median":330.0,"children":2,"smallNumber":true},
                            {"month":"2026-06","median":340.0,"children":2,"smallNumber":true},
                            {"month":"2026-07","median":350.5,"children":6,"smallNumber":false}],
                  "signals":[{"type":"trend","direction":"rising","from":"2026-03","to":"2026-07"}]},
                 {"measure":"a2","description":"A2: placement order to match","centreLine":null,
                  "points":[{"month":"2026-01","median":null,"children":0,"smallNumber":true}],"signals":[]},
                 {"measure":"entry-to-plan","description":"Entering care to the adoption decision","centreLine":null,
                  "points":[],"signals":[]}]}""");
        api.answer("/api/reports/data-quality?la=825", """
                {"scope":{"la":"825"},"asOf":"2026-12-03T08:00:00Z","from":"2025-12-04","to":"2026-12-03",
                 "recordingLag":{"lateAfterDays":30,
                   "byCouncil":[{"key":"825","milestones":10,"medianDays":3.0,"p90Days":40.5,"recordedLate":2}],
                   "byTeam":[{"key":"north","milestones":10,"medianDays":3.0,"p90Days":40.5,"recordedLate":2}],
                   "byEventType":[{"key":"PlacementOrderGranted","milestones":4,"medianDays":1.0,"p90Days":2.0,
                                   "recordedLate":0}]},
                 "missingFor903":{"childrenOnAdoptionPathway":8,"childrenWithGaps":2,"percentWithGaps":25,
                   "withoutAdoptionDecision":1,"placedWithoutMatch":1,"adoptedWithoutPlacement":0}}""");
        api.answer("/api/reports/cost-of-delay?la=825", """
                {"scope":{"la":"825"},"asOf":"2026-12-03T08:00:00Z",
                 "baseline":{"from":"2024-04-01","to":"2025-03-31","children":3,"meanDaysInFosterCare":500,
                             "meanDaysInAdoptivePlacement":200},
                 "period":{"from":"2025-04-01","to":"2026-03-31","children":4,"meanDaysInFosterCare":520,
                           "meanDaysInAdoptivePlacement":190},
                 "weeklyCost":{"fosterCare":650,"adoptivePlacement":75},
                 "daysSaved":{"fosterCare":-80,"adoptivePlacement":40,"total":-40},
                 "costSaved":-6999,"currency":"GBP","reading":"positive: ..."}""");
        api.answer("/api/reports/proceedings?la=825", """
                {"scope":{"la":"825","raa":null,"councils":null},"asOf":"2026-12-03T08:00:00Z",
                 "from":"2025-04-01","to":"2026-03-31",
                 "councils":[{"laCode":"825","concluded":{"proceedings":3,"children":4},
                   "within26Weeks":{"proceedings":2,"children":2},"percentWithin26Weeks":67,
                   "later":{"proceedings":1,"children":2},
                   "laterReasons":[{"reason":"EXPERT_EVIDENCE","proceedings":1,"children":2}]}],
                 "total":{"laCode":null,"concluded":{"proceedings":3,"children":4},
                   "within26Weeks":{"proceedings":2,"children":2},"percentWithin26Weeks":67,
                   "later":{"proceedings":1,"children":2},
                   "laterReasons":[{"reason":"EXPERT_EVIDENCE","proceedings":1,"children":2}]}}""");
        api.answer("/api/reports/summary?la=825", """
                {"laCode":"825","childrenInCare":1234,"asOf":"2026-12-03T08:00:00Z"}""");
        api.answer("/api/reports/cohorts?la=825&from=2026-04-01&to=2025-03-31", 400, "application/problem+json", """
                {"type":"about:blank","title":"Invalid request","status":400,"detail":"from must not be after to",
                 "instance":"/api/reports/cohorts","errors":[{"field":"from","message":"must not be after to"}]}""");
        api.answer("/api/reports/cohorts?la=825&from=1980-01-01", 400, "application/problem+json", """
                {"title":"Invalid request","status":400,"detail":"from must be between 1990-01-01 and 2027-12-03",
                 "errors":[{"field":"from","message":"must be between 1990-01-01 and 2027-12-03"}]}""");
    }

    /** An answer reporting-service gave in its own tests (ScorecardTest), only its asOf fixed. */
    private static String captured(String name) {
        try (InputStream json = ReportsPagesTest.class.getResourceAsStream("/reports/" + name)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quarterly(String quarter, String from, String to) {
        String line = """
                {"laCode":"%s","admDecisions":2,"placementOrders":1,"placementConsents":0,"matches":3,"placements":1,
                 "adoptionOrders":1,"specialGuardianshipOrders":0,"decisionsReversed":0,"earlyPermanencePlacements":1,
                 "waitingWithOrder":{"total":%d,"over90DaysSinceOrder":1,"over18MonthsSinceEntry":0,
                                     "over12MonthsSinceOrder":0,"over18MonthsSinceOrder":0}}""";
        return """
                {"scope":{"raa":"adopt-thames-valley","councils":["825","826"]},"asOf":"2026-12-03T08:00:00Z",
                 "quarter":"%s","from":"%s","to":"%s","councils":[%s,%s],"total":%s}""".formatted(quarter, from, to,
                line.formatted("825", 4), line.formatted("826", 5), line.formatted("total", 9));
    }

    @Test
    void theReportsPageListsEveryReportAndTheNavigationLeadsToIt() throws Exception {
        String html = page("/reports", teamManager());

        assertThat(html).contains("<a class=\"govuk-service-navigation__link\" href=\"/reports\" aria-current=\"page\"",
                "href=\"/reports/scorecard\"", "href=\"/reports/cohorts\"", "href=\"/reports/quarterly-return\"",
                "href=\"/reports/run-charts\"", "href=\"/reports/data-quality\"", "href=\"/reports/cost-of-delay\"",
                "href=\"/reports/proceedings\"", "href=\"/reports/summary\"");
    }

    @Test
    void aCouncilsScorecardShowsEachMeasureAgainstItsThresholdAndSaysInWordsWhichMissed() throws Exception {
        String html = page("/reports/scorecard", teamManager());

        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery)
                .containsExactly("/api/reports/scorecard?la=825");
        assertThat(api.calls()).extracting(StubApi.Call::authorization).containsOnly("Bearer " + teamManagerToken());
        // the worked example (docs/measures.md): A1 354 days against 426, A2 150 days against 121
        assertThat(row(html, "a2")).contains("150 days", "Threshold missed", "4 children, median 86",
                "too few to act on");
        assertThat(row(html, "a1")).contains("354 days", "Met", "5 children, median 264")
                .doesNotContain("Threshold missed", "too few");
        assertThat(row(html, "a3")).contains("80%", "placed within 14 months");
        assertThat(html).contains("National threshold", "426 days", "121 days",
                "Children adopted <span>1 April 2023</span> to <span>31 March 2026</span>",
                "As recorded by <span>3 December 2026 at 08:00</span>", "Ethnicity: Not recorded",
                "Through early permanence");
        // the period the API chose is shown in the form's fields
        assertThat(html).contains("name=\"from-day\" value=\"1\"", "name=\"from-month\" value=\"4\"",
                "name=\"from-year\" value=\"2023\"", "name=\"to-year\" value=\"2026\"");
        assertThat(html).contains("<option value=\"la-825\" selected=\"selected\">Buckinghamshire (825)</option>")
                .doesNotContain("raa-");
    }

    @Test
    void anRaaLeadChoosesTheRaaOrAMemberAndSeesTheMembersScorecardsSideBySide() throws Exception {
        String html = page("/reports/scorecard?scope=raa-adopt-thames-valley", raaLead());

        // the members' scorecards are asked for at once, after the RAA's
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).first()
                .isEqualTo("/api/reports/scorecard?raa=adopt-thames-valley");
        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery).containsExactlyInAnyOrder(
                "/api/reports/scorecard?raa=adopt-thames-valley", "/api/reports/scorecard?la=825",
                "/api/reports/scorecard?la=826");
        assertThat(html).contains("<option value=\"raa-adopt-thames-valley\" selected=\"selected\">"
                        + "Adopt Thames Valley (all member councils)</option>",
                "<option value=\"la-825\">Buckinghamshire (825)</option>",
                "<option value=\"la-867\">Bracknell Forest (867)</option>");
        String head = html.substring(html.indexOf("data-test=\"scorecard\""), html.indexOf("data-test=\"a1\""));
        assertThat(head).containsSubsequence("Measure", "Adopt Thames Valley (all councils)", "Buckinghamshire (825)",
                "Milton Keynes (826)", "National threshold");
        // the RAA met A2, both members missed it
        assertThat(row(html, "a2").split("Threshold missed", -1)).hasSize(3);
    }

    @Test
    void aChoiceTheTokenDoesNotGiveIsRefusedWithoutAskingTheApi() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/reports/scorecard?scope=la-931").with(teamManager()))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("<title>Error: Adoption scorecard",
                "<a href=\"#scope\" data-field=\"scope\">Council or RAA must be one of those listed</a>");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void aDateThatDoesNotExistIsNamedInTheErrorSummaryWithoutAskingTheApi() throws Exception {
        MockHttpServletResponse page = mvc.perform(get(
                        "/reports/cohorts?from-day=31&from-month=2&from-year=2025&to-day=&to-month=3&to-year=2026")
                        .with(teamManager())).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains(
                "<a href=\"#from-day\" data-field=\"from\">Start of the period must be a real date</a>",
                "<a href=\"#to-day\" data-field=\"to\">End of the period must include a day, month and year</a>",
                "govuk-form-group--error", "name=\"from-day\" value=\"31\"");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void aPeriodTheApiRefusesIsShownAtTheFieldItNames() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/reports/cohorts?from-day=1&from-month=4&from-year=2026"
                + "&to-day=31&to-month=3&to-year=2025").with(teamManager())).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("There is a problem",
                "<a href=\"#from-day\" data-field=\"from\">"
                        + "Start of the period must not be after the end of the period</a>",
                "id=\"from-error\"");

        String dates = mvc.perform(get("/reports/cohorts?from-day=1&from-month=1&from-year=1980").with(teamManager()))
                .andReturn().getResponse().getContentAsString();
        assertThat(dates).contains("Start of the period must be between 1 January 1990 and 3 December 2027");
    }

    @Test
    void aRoleThatMayNotSeeReportsIsToldSoNotShownAnError() throws Exception {
        api.answer("/api/reports/summary?la=931", 403, "application/problem+json", """
                {"title":"Forbidden","status":403,"detail":"this role may not call this endpoint"}""");

        MockHttpServletResponse page = mvc.perform(get("/reports/summary").with(person("sw-1", """
                {"sub":"sw-1","role":"social-worker","la":["931"]}"""))).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(403);
        assertThat(page.getContentAsString()).contains("You do not have access to reports")
                .doesNotContain("problem with the service");

        MockHttpServletResponse vaa = mvc.perform(get("/reports/scorecard").with(person("vaa-1", """
                {"sub":"vaa-1","role":"vaa-worker","vaa":"some-vaa"}"""))).andReturn().getResponse();
        assertThat(vaa.getStatus()).isEqualTo(403);
        assertThat(vaa.getContentAsString()).contains("You do not have access to reports");
    }

    @Test
    void theQuarterlyReturnShowsEachCountForEachCouncilAndTheTotal() throws Exception {
        String html = page("/reports/quarterly-return?scope=raa-adopt-thames-valley", raaLead());

        assertThat(html).contains("2026-Q3", "1 July 2026", "30 September 2026",
                "Waiting with an order and not matched",
                "name=\"quarter-year\" value=\"2026\"", "<option value=\"3\" selected=\"selected\">");
        String table = html.substring(html.indexOf("data-test=\"quarterly-return\""));
        assertThat(table).containsSubsequence("Buckinghamshire (825)", "Milton Keynes (826)", "Total",
                "Waiting with an order and not matched", ">4<", ">5<", ">9<");
        assertThat(html).contains("href=\"/reports/quarterly-return/csv?scope=raa-adopt-thames-valley"
                + "&amp;quarter-year=2026&amp;quarter-number=3\"");
    }

    @Test
    void theCsvIsStreamedFromTheApiWithThePersonsTokenAsANamedFile() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/reports/quarterly-return/csv?scope=la-825"
                + "&quarter-year=2026&quarter-number=2").with(teamManager())).andReturn().getResponse();

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"quarterly-return-825-2026-Q2.csv\"");
        assertThat(csv.getContentAsString()).isEqualTo("la_code,adm_decisions,placement_orders\r\n825,2,1\r\n"
                + "total,2,1\r\n");
        assertThat(api.calls()).containsExactly(new StubApi.Call(
                "/api/reports/quarterly-return?la=825&quarter=2026-Q2", "Bearer " + teamManagerToken()));
    }

    @Test
    void aCsvTheApiRefusesSendsThePersonBackToTheReportsPage() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/reports/cohorts/csv?scope=la-825"
                + "&from-day=1&from-month=4&from-year=2026&to-day=31&to-month=3&to-year=2025").with(teamManager()))
                .andReturn().getResponse();

        assertThat(csv.getStatus()).isEqualTo(302);
        assertThat(csv.getRedirectedUrl()).startsWith("/reports/cohorts?scope=la-825&from-day=1");
    }

    @Test
    void runChartsAreDrawnAsSvgWithATitleADescriptionSquaresForSignalsAndTheFiguresInATable() throws Exception {
        String html = page("/reports/run-charts", teamManager());

        String a1 = html.substring(html.indexOf("data-test=\"chart-a1\""), html.indexOf("data-test=\"chart-a2\""));
        assertThat(a1).contains("<svg", "role=\"img\"", "aria-labelledby=\"chart-a1-title chart-a1-desc\"",
                "<title id=\"chart-a1-title\">A1: entering care to placement for adoption, median days by month</title>",
                "6 months with a figure out of 7", "centre line (median of the months) 300 days",
                "a rising trend from March 2026 to July 2026", "stroke-dasharray");
        assertThat(count(a1, "<rect ")).isEqualTo(5);
        assertThat(count(a1, "<circle ")).isEqualTo(1);
        assertThat(a1).contains("<th scope=\"row\" class=\"govuk-table__header\">February 2026</th>", "None",
                "350.5", "trend rising");
        assertThat(html).contains("name=\"from-month\" value=\"1\"", "name=\"to-month\" value=\"7\"");
    }

    @Test
    void theMonthsChosenAreAskedForAsTheApiTakesThemAndAOneMonthChartIsAPoint() throws Exception {
        String html = page("/reports/run-charts?scope=la-825&from-month=1&from-year=2023&to-month=12&to-year=2023",
                teamManager());

        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery)
                .containsExactly("/api/reports/run-charts?la=825&from=2023-01&to=2023-12");
        String a2 = html.substring(html.indexOf("data-test=\"chart-a2\""),
                html.indexOf("data-test=\"chart-entry-to-plan\""));
        assertThat(a2).contains("January 2023 to December 2023: 1 month with a figure out of 12",
                "centre line (median of the months) 41 days; no shift or trend.", "No shift or trend.");
        assertThat(count(a2, "<circle ")).isEqualTo(1);
        assertThat(count(a2, "<rect ")).isZero();
    }

    @Test
    void cohortsDataQualityCostOfDelayProceedingsAndTheSummaryShowTheirFigures() throws Exception {
        assertThat(page("/reports/cohorts", teamManager())).contains("Children with an order", "mean 41 days",
                "median 41 days", "(too few children to act on)", "returned to parents 0",
                "followed to <span>3 December 2026");
        assertThat(page("/reports/data-quality", teamManager())).contains("With a missing date", "2 (25%)",
                "Placement order granted", "40.5", "north", "late is more than 30 days");
        assertThat(page("/reports/cost-of-delay", teamManager())).contains("Cost of delay</dt>",
                "£6,999", "Days in care lost</dt>", "40 days", "£650", "name=\"baselineFrom-year\" value=\"2024\"");
        assertThat(page("/reports/proceedings", teamManager())).contains("Buckinghamshire (825)", "2 (2), 67%",
                "Expert evidence 1");
        assertThat(page("/reports/summary", teamManager())).contains("Children in care", "1,234");
    }

    private static String row(String html, String measure) {
        int start = html.indexOf("data-test=\"" + measure + "\"");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private String page(String path, RequestPostProcessor person) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(person)).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

    private static String teamManagerToken() {
        return jwt("""
                {"sub":"tm-1","role":"team-manager","la":["825"]}""");
    }

    private RequestPostProcessor teamManager() {
        return person("tm-1", """
                {"sub":"tm-1","role":"team-manager","la":["825"]}""");
    }

    private RequestPostProcessor raaLead() {
        return person("lead-1", """
                {"sub":"lead-1","role":"raa-lead","raa":"adopt-thames-valley"}""");
    }

    /** Signed in, with an access token carrying these claims as the identity service's tokens do. */
    private RequestPostProcessor person(String subject, String claims) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        OidcUser person = new DefaultOidcUser(List.of(), OidcIdToken.withTokenValue("id-token").subject(subject)
                .issuedAt(now).expiresAt(now.plusSeconds(900)).build());
        OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(person, List.of(), "permanence");
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(
                registrations.findByRegistrationId("permanence"), subject,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, jwt(claims), now, now.plusSeconds(900))),
                signedIn, request, new MockHttpServletResponse());
        RequestPostProcessor authenticated = authentication(signedIn);
        return mock -> {
            mock.setSession(session);
            return authenticated.postProcessRequest(mock);
        };
    }

    /** An unsigned JWT: the web app only reads the claims to offer choices; the API verifies the real ones. */
    private static String jwt(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
