package uk.permanence.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * A page's independent API calls are made at once, each with the person's token, at most four of a page's at a time,
 * in front of a real HTTP server that answers several requests at once: calls that must all have arrived before any
 * is answered fail if they are made one after another.
 */
@SpringBootTest(properties = {"permanence.web.public-url=https://permanence.example",
        "permanence.web.client-secret=test-secret"})
@AutoConfigureMockMvc
class ConcurrentCallsTest {

    private static final String CHILD = "/api/cases/c-1";
    private static final String TIMELINESS = "/api/cases/c-1/timeliness";
    private static final String ALERTS = "/api/alerts?caseId=c-1&status=open&size=200";
    private static final String MEASURE = """
            {"mean":300,"median":290.5,"percent":null,"children":12,"threshold":426,"met":true,"smallNumber":false}""";
    private static final String MEASURES = "{\"a1\":" + MEASURE + ",\"a10\":" + MEASURE + ",\"a2\":" + MEASURE
            + ",\"a3\":" + MEASURE + "}";
    /** A scorecard as reporting-service answers it, for the scope given. */
    private static final String SCORECARD = """
            {"scope":%s,"asOf":"2026-12-03T08:00:00Z","from":"2023-04-01","to":"2026-03-31",
             "cohort":"children adopted in the period (retrospective)",
             "a1":MEASURE,"a10":MEASURE,"a2":MEASURE,"a3":MEASURE,
             "a3PlacedWithinMonths":14,"a2MatchTakenFromPlacement":1,
             "splits":{"fiveOrOverAtEntry":MEASURES,"siblingGroup":MEASURES,"disability":MEASURES,
                       "earlyPermanence":MEASURES,"byEthnicityGroup":{"WHITE":MEASURES}}}"""
            .replace("MEASURES", MEASURES).replace("MEASURE", MEASURE);

    private static final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private static final HttpServer api = server();
    private static final Map<String, String> answers = new ConcurrentHashMap<>();
    private static final List<String> calls = new CopyOnWriteArrayList<>();
    private static final List<String> authorizations = new CopyOnWriteArrayList<>();
    private static final AtomicInteger inProgress = new AtomicInteger();
    private static final AtomicInteger mostAtOnce = new AtomicInteger();
    /** Requests answered only once all of them have arrived (or 504 after a few seconds). */
    private static volatile Set<String> together = Set.of();
    private static volatile CountDownLatch arrived = new CountDownLatch(0);
    private static volatile long delayMillis;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("permanence.web.api-url", () -> "http://localhost:" + api.getAddress().getPort());
        registry.add("permanence.web.identity-url", () -> "http://localhost:" + api.getAddress().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @AfterAll
    static void stopApi() {
        api.stop(0);
        serverThreads.shutdownNow();
    }

    @BeforeEach
    void answers() {
        calls.clear();
        authorizations.clear();
        mostAtOnce.set(0);
        delayMillis = 0;
        together = Set.of();
        answers.put(CHILD, """
                {"caseId":"c-1","laCode":"825","caseReference":"REF-1","version":1,"stage":"IN_CARE",
                 "events":[{"eventId":"e-0","sequence":0,"type":"ChildEnteredCare","occurredOn":"2024-02-01",
                            "recordedAt":"2024-02-02T09:30:00Z","recordedBy":"sw-1","status":"in-effect"}]}""");
        answers.put(TIMELINESS, """
                {"caseId":"c-1","laCode":"825","stage":"IN_CARE","stageSince":"2024-02-01","daysAtStage":40,
                 "enteredCareOn":"2024-02-01","daysInCare":500,
                 "a1":{"startedOn":"2024-02-01","days":500,"running":true,"thresholdDays":426},"deadlines":[]}""");
        answers.put(ALERTS, """
                {"items":[{"alertId":7,"caseId":"c-1","rule":"ADOPTION_REVIEW_NOT_PLACED","kind":"STATUTORY",
                           "severity":"OVERDUE","startedOn":"2025-03-01","dueOn":"2025-06-01","daysLeft":-3}],
                 "page":0,"size":200,"total":1}""");
    }

    @Test
    void aChildsCaseFileTimelinessAndAlertsAreReadAtOnceWithThePersonsToken() throws Exception {
        answerTogether(CHILD, TIMELINESS, ALERTS);

        MockHttpServletResponse page = mvc.perform(get("/children/c-1").with(signedIn("team-manager")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("REF-1", "Adoption review not placed", "500 days");
        assertThat(calls).containsExactlyInAnyOrder(CHILD, TIMELINESS, ALERTS);
        assertThat(mostAtOnce).hasValue(3);
        assertThat(authorizations).containsOnly("Bearer " + accessToken("team-manager"));
    }

    @Test
    void aVaaWorkersChildPageAsksOnlyForTheCaseFile() throws Exception {
        answers.put(CHILD, """
                {"caseId":"c-1","laCode":"825","caseReference":"REF-1","version":1,"stage":"PLACEMENT_ORDER",
                 "dateOfBirth":"2023-06-01","placementOrderOn":"2025-01-01"}""");

        MockHttpServletResponse page = mvc.perform(get("/children/c-1").with(signedIn("vaa-worker")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(calls).containsExactly(CHILD);
    }

    @Test
    void anRaasMembersScorecardsAreAskedForAtOnceAtMostFourAtATimeAndShownInCodeOrder() throws Exception {
        answers.put("/api/reports/scorecard?raa=adopt-thames-valley", SCORECARD.formatted(
                "{\"raa\":\"adopt-thames-valley\",\"councils\":[\"931\",\"826\",\"825\",\"867\",\"868\",\"869\"]}"));
        for (String la : List.of("825", "826", "867", "868", "869", "931")) {
            answers.put("/api/reports/scorecard?la=" + la, SCORECARD.formatted("{\"la\":\"" + la + "\"}"));
        }
        delayMillis = 300;

        MockHttpServletResponse page = mvc.perform(get("/reports/scorecard?scope=raa-adopt-thames-valley")
                .with(signedIn("raa-lead"))).andReturn().getResponse();

        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        assertThat(calls.get(0)).isEqualTo("/api/reports/scorecard?raa=adopt-thames-valley");
        assertThat(calls).hasSize(7);
        assertThat(mostAtOnce).hasValue(4);
        String html = page.getContentAsString();
        String head = html.substring(html.indexOf("data-test=\"scorecard\""));
        assertThat(head).containsSubsequence("(all councils)", "Buckinghamshire (825)", "Milton Keynes (826)",
                "(867)", "(868)", "(869)", "Oxfordshire (931)");
    }

    private static void answerTogether(String... requests) {
        arrived = new CountDownLatch(requests.length);
        together = Set.of(requests);
    }

    private static HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(serverThreads);
            server.createContext("/", ConcurrentCallsTest::answer);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        calls.add(target);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        try {
            int status = answers.containsKey(target) ? 200 : 404;
            if (together.contains(target)) {
                arrived.countDown();
                if (!arrived.await(3, TimeUnit.SECONDS)) {
                    status = 504;
                }
            }
            Thread.sleep(delayMillis);
            byte[] bytes = (status == 200 ? answers.get(target) : "{\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private RequestPostProcessor signedIn(String role) {
        Instant now = Instant.now();
        RequestPostProcessor person = oidcLogin().clientRegistration(registrations.findByRegistrationId("permanence"))
                .idToken(token -> token.subject(role));
        RequestPostProcessor token = oauth2Client().clientRegistration(registrations.findByRegistrationId("permanence"))
                .principalName(role)
                .accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken(role), now,
                        now.plus(Duration.ofMinutes(15))));
        return request -> token.postProcessRequest(person.postProcessRequest(request));
    }

    private static String accessToken(String role) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = switch (role) {
            case "raa-lead" -> "{\"sub\":\"lead\",\"role\":\"raa-lead\",\"raa\":\"adopt-thames-valley\"}";
            case "vaa-worker" -> "{\"sub\":\"vaa\",\"role\":\"vaa-worker\",\"vaa\":\"ffc\"}";
            default -> "{\"sub\":\"" + role + "\",\"role\":\"" + role + "\",\"la\":[\"825\"]}";
        };
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
