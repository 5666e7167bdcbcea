package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The tracking meeting's list a page at a time (one call for the page asked, its references in the answer), the
 * pages keeping whose list it is, and the whole list to print only when it is not too long to print.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class MeetingListPagingTest {

    private static final StubApi api = new StubApi();

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
    void noCallsYet() {
        api.calls().clear();
    }

    @Test
    void aPageOfTheListIsOneCallWithThePageAndItsLinksKeepWhoseListItIs() throws Exception {
        api.answer("/api/surgery?team=north&page=1&size=25", list(26, 25, 1, 60, 12));

        String html = page("/meeting?team=north&page=2");

        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery)
                .containsExactly("/api/surgery?team=north&page=1&size=25");
        assertThat(html).contains("60 children in care, 12 with something overdue; most urgent first.",
                "Showing 26 to 50, page 2 of 3.", ">REF-26</a>", ">REF-50</a>",
                "href=\"/meeting?team=north\" rel=\"prev\"", "href=\"/meeting?team=north&amp;page=3\" rel=\"next\"",
                "href=\"/meeting.csv?team=north\"", "href=\"/meeting/print?team=north\"",
                "class=\"govuk-pagination app-no-print\"");
        assertThat(html).doesNotContain(">REF-25</a>", ">REF-51</a>");
        assertThat(html.indexOf(">REF-26</a>")).isLessThan(html.indexOf(">REF-50</a>"));
    }

    @Test
    void theWholeListPrintsOnOnePageWhenItIsNotTooLongToPrint() throws Exception {
        api.answer("/api/surgery?team=north&page=0&size=200", list(1, 60, 0, 60, 12));

        String html = page("/meeting/print?team=north");

        assertThat(api.calls()).extracting(StubApi.Call::pathAndQuery)
                .containsExactly("/api/surgery?team=north&page=0&size=200");
        assertThat(html).contains("<title>Tracking meeting, whole list – Permanence</title>", ">REF-1</a>",
                ">REF-60</a>", "60 children in care", "The whole list, to print",
                "<link rel=\"stylesheet\" href=\"/app/meeting-print.css\" media=\"print\">",
                "href=\"/meeting?team=north\" data-test=\"meeting-paged-link\"");
        assertThat(html).doesNotContain("govuk-pagination", "meeting-print-link");
    }

    @Test
    void aListTooLongToPrintIsNotShownAndThePageSaysHowToNarrowIt() throws Exception {
        api.answer("/api/surgery?la=825&page=0&size=200", list(1, 200, 0, 201, 90));

        String html = page("/meeting/print?la=825");

        assertThat(html).contains("This list has 201 children, more than the 200 that can be printed at once.",
                "Choose a team or social worker", "href=\"/meeting.csv?la=825\"");
        assertThat(html).doesNotContain(">REF-1</a>", "data-test=\"meeting\"");
    }

    @Test
    void aListOfOnePageHasNoPagesNorAWholeListLink() throws Exception {
        api.answer("/api/surgery?worker=sw-1&page=0&size=25", list(1, 3, 0, 3, 1));

        String html = page("/meeting?worker=sw-1");

        assertThat(html).contains("3 children in care, 1 with something overdue", ">REF-3</a>")
                .doesNotContain("govuk-pagination", "meeting-print-link", "Showing");
    }

    /** {@code count} children numbered from {@code from}, as the API answers a page of a list of {@code total}. */
    private static String list(int from, int count, int page, long total, long withOverdue) {
        String items = IntStream.range(from, from + count).mapToObj(n -> """
                {"caseId":"c-%d","caseReference":"REF-%d","laCode":"825","team":"north","socialWorker":"sw-1",
                 "stage":"IN_CARE","daysAtStage":%d,"overdue":[],"dueSoon":[]}""".formatted(n, n, n))
                .collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"page\":" + page + ",\"size\":" + count + ",\"total\":" + total
                + ",\"withOverdue\":" + withOverdue + "}";
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(path).with(signedIn("team-manager"))).andReturn()
                .getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        return page.getContentAsString();
    }

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

    static String accessToken(String role) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"sub\":\"" + role + "@825\",\"role\":\"" + role + "\",\"la\":[\"825\"]}";
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
