package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.Eventually.eventually;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.access.RoleTable;
import uk.permanence.testing.ApiDocumentConformance;
import uk.permanence.testing.TestTokens;

/**
 * For every documented route that takes a case id (read from the gateway's own OpenAPI document, so a new route is
 * covered without editing this test), callers of another council, another RAA and a VAA the case is not shared
 * with, with and without forged tenant headers, get exactly the answer they get for a case that does not exist,
 * and change nothing. And the whole matrix (every route, every role, four tenants) is run twice, through the gateway
 * and straight at the service the gateway routes to, expecting the same answer on both paths; the token rules are
 * tried at every entrance alike.
 */
class AbuseMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    record Attacker(String name, String token) {
    }

    @Test
    void anotherTenantsCaseAnswersLikeACaseThatDoesNotExist() throws Exception {
        String owner = platform.tokens().token("825", "team-manager");
        HttpResponse<String> created = send("POST", "/api/cases", owner, Map.of(), """
                {"laCode":"825","caseReference":"ABUSE-1","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-06-02","legalStatus":"V2"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String caseId = JSON.readTree(created.body()).path("caseId").asString();
        String version = send("GET", "/api/cases/" + caseId, owner, Map.of(), null).headers()
                .firstValue("ETag").orElseThrow();

        List<Attacker> attackers = List.of(
                new Attacker("another council", platform.tokens().token("931", "team-manager")),
                new Attacker("another RAA", platform.tokens().tokenOf("raa", "adopt-elsewhere", "raa-lead")),
                new Attacker("a VAA without a share", platform.tokens().tokenOf("vaa", "vaa-elsewhere", "vaa-worker")));
        Map<String, String> forgedTenant = Map.of("X-Permanence-La", "825", "X-Permanence-Raa", "adopt-thames-valley",
                "X-Permanence-User", "internal");
        String nowhere = UUID.randomUUID().toString();

        List<String> checked = new ArrayList<>();
        JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null, Map.of(), null).body()).path("paths");
        for (String template : paths.propertyNames()) {
            if (!template.contains("{caseId}")) {
                continue;
            }
            for (String method : paths.path(template).propertyNames()) {
                for (Attacker attacker : attackers) {
                    for (Map<String, String> headers : List.of(Map.<String, String>of(), forgedTenant)) {
                        String body = method.equals("post") ? "{}" : null;
                        int onTheirCase = send(method, concrete(template, caseId), attacker.token(), headers, body)
                                .statusCode();
                        int onNoCase = send(method, concrete(template, nowhere), attacker.token(), headers, body)
                                .statusCode();
                        String what = method + " " + template + " by " + attacker.name()
                                + (headers.isEmpty() ? "" : " with forged tenant headers");
                        assertThat(onTheirCase).as(what).isIn(403, 404).isEqualTo(onNoCase);
                        checked.add(what);
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(4 * 3 * 2);
        assertThat(send("GET", "/api/cases/" + caseId, owner, Map.of(), null).headers().firstValue("ETag"))
                .contains(version);
    }

    /** Who the callers of the matrix are, each with every role. */
    record Tenant(String name, String claim, String id) {

        /**
         * The token the identity service gives this role of this tenant: an operator acts for no tenant, only a VAA
         * has {@code vaa-worker}s and a VAA nothing else; null where no such person can exist.
         */
        String token(String role) {
            if (RoleTable.OPERATORS.contains(role)) {
                return platform.tokens().operator(role);
            }
            if (role.equals(RoleTable.VAA_WORKER) != claim.equals("vaa")) {
                return null;
            }
            return claim.equals("la") ? platform.tokens().tokenFor(role + "@" + id, id, role)
                    : platform.tokens().tokenOf(claim, id, role);
        }
    }

    record Route(String method, String template, String service) {
    }

    @Test
    void everyRouteAnswersEveryRoleAndTenantAlikeThroughTheGatewayAndStraightAtItsService() throws Exception {
        // twin cases, one for each path, so that a call that changes one leaves the other path's answers comparable
        String reference = "MATRIX-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = platform.tokens().token("825", "team-manager");
        String viaGateway = twinCase(reference + "-G", owner);
        String direct = twinCase(reference + "-D", owner);
        String vaaToken = platform.tokens().tokenOf("vaa", "vaa-matrix", "vaa-worker");
        eventually(Duration.ofSeconds(30), () -> {
            for (String caseId : List.of(viaGateway, direct)) {
                assertThat(send("GET", "/api/cases/" + caseId + "/timeliness", owner, Map.of(), null).statusCode())
                        .isEqualTo(200);
                assertThat(send("GET", "/api/cases/" + caseId, vaaToken, Map.of(), null).statusCode())
                        .isEqualTo(200);
            }
        });

        List<Route> routes = documentedRoutes();
        List<Tenant> tenants = List.of(new Tenant("own council", "la", "825"),
                new Tenant("another council", "la", "931"), new Tenant("the RAA", "raa", "adopt-thames-valley"),
                new Tenant("a VAA it is shared with", "vaa", "vaa-matrix"));
        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> different = new ArrayList<>();
        Set<String> undocumented = new TreeSet<>();
        for (Tenant tenant : tenants) {
            for (String role : RoleTable.ROLES) {
                String token = tenant.token(role);
                if (token == null) {
                    continue;
                }
                for (Route route : routes) {
                    String body = route.method().equals("POST") ? "{}" : null;
                    HttpResponse<String> gateway = send(route.method(), concrete(route.template(), viaGateway),
                            token, Map.of(), body);
                    HttpResponse<String> service = sendTo(platform.serviceUrl(route.service()), route.method(),
                            concrete(route.template(), direct), token, Map.of(), body);
                    String what = route.method() + " " + route.template() + " by " + role + " of " + tenant.name();
                    if (gateway.statusCode() != service.statusCode()) {
                        different.add(what + ": gateway " + gateway.statusCode() + ", " + route.service() + " "
                                + service.statusCode());
                    }
                    for (HttpResponse<String> refused : List.of(gateway, service)) {
                        if (refused.statusCode() == 401 || refused.statusCode() == 403) {
                            assertThat(refused.headers().firstValue("Content-Type")).as(what)
                                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                        }
                    }
                    for (HttpResponse<String> answer : List.of(gateway, service)) {
                        ApiDocumentConformance.problemWith(route.method(), answer.uri().getPath(),
                                        answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                                        answer.body().getBytes(StandardCharsets.UTF_8))
                                .ifPresent(problem -> undocumented.add(problem.replace(viaGateway, "{caseId}")
                                        .replace(direct, "{caseId}") + " (" + role + " of " + tenant.name() + ")"));
                    }
                    answers.merge(gateway.statusCode(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("abuse matrix: %d routes x every role each of %d tenants can have = %d calls on each of "
                + "two paths; answers %s%n", routes.size(), tenants.size(),
                answers.values().stream().mapToInt(Integer::intValue).sum(), answers);
        assertThat(different).as("answers that differ between the gateway and the service's own port").isEmpty();
        assertThat(undocumented).as("answers the API document does not promise").isEmpty();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(40);
        assertThat(answers).containsKeys(200, 403, 404);
    }

    /**
     * Only the identity service's keys are trusted: a token signed with the development key every service once
     * accepted, one signed by a key the identity service never published (under its key id), one not signed at all,
     * and a real one whose payload was changed, are each refused with a problem at the gateway and at every service.
     * (The claim rules themselves, expiry, subject and lifetime, are searched in the gateway's and each service's own
     * tests, which can sign any claims.)
     */
    @Test
    void aTokenNotSignedByTheIdentityServiceIsRefusedWithAProblemAtTheGatewayAndAtEveryService() throws Exception {
        String valid = platform.tokens().token("825", "team-manager");
        String[] parts = valid.split("\\.");
        JWTClaimsSet claims = JWTClaimsSet.parse(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8));
        String keyId = JSON.readTree(Base64.getUrlDecoder().decode(parts[0])).path("kid").asString();
        Map<String, String> broken = Map.of(
                "the retired development key", TestTokens.signedWithRetiredDevelopmentKey(claims),
                "an unpublished key under the identity service's key id", TestTokens.signWithUnpublishedKey(claims,
                        keyId),
                "no signature", new PlainJWT(claims).serialize(),
                "its council changed after signing", parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(claims.toString().replace("\"825\"", "\"931\"")
                                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        Map<String, String> entrances = new LinkedHashMap<>();
        entrances.put(platform.gatewayUrl(), "/api/cases");
        entrances.put(platform.serviceUrl("case-service"), "/api/cases");
        entrances.put(platform.serviceUrl("tracking-service"), "/api/alerts");
        entrances.put(platform.serviceUrl("reporting-service"), "/api/reports/summary");
        for (Map.Entry<String, String> entrance : entrances.entrySet()) {
            assertThat(sendTo(entrance.getKey(), "GET", entrance.getValue(), valid, Map.of(), null).statusCode())
                    .as("a valid token at " + entrance.getKey()).isNotIn(401, 403);
            for (Map.Entry<String, String> token : broken.entrySet()) {
                HttpResponse<String> answer = sendTo(entrance.getKey(), "GET", entrance.getValue(), token.getValue(),
                        Map.of(), null);
                String what = "a token signed with " + token.getKey() + " at " + entrance.getKey()
                        + entrance.getValue();
                assertThat(answer.statusCode()).as(what).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(JSON.readTree(answer.body()).path("status").asInt()).as(what).isEqualTo(401);
            }
        }
    }

    @Test
    void anUnacceptableCorrelationIdIsReplacedAtEveryEntranceAndAnsweredOnce() throws Exception {
        String token = platform.tokens().token("825", "team-manager");
        Map<String, String> tooLong = Map.of("X-Correlation-Id", "x".repeat(2000));
        for (String entrance : List.of(platform.gatewayUrl(), platform.serviceUrl("case-service"),
                platform.serviceUrl("tracking-service"), platform.serviceUrl("reporting-service"))) {
            String path = entrance.equals(platform.serviceUrl("tracking-service")) ? "/api/alerts"
                    : entrance.equals(platform.serviceUrl("reporting-service")) ? "/api/reports/summary" : "/api/cases";
            HttpResponse<String> answer = sendTo(entrance, "GET", path, token, tooLong, null);
            assertThat(answer.headers().allValues("X-Correlation-Id")).as(entrance)
                    .singleElement().asString().matches("[0-9a-f-]{36}");
            assertThat(sendTo(entrance, "GET", path, token, Map.of("X-Correlation-Id", "board-paper-7"), null)
                    .headers().allValues("X-Correlation-Id")).as(entrance).containsExactly("board-paper-7");
        }
    }

    /**
     * The caseload is a list, not a case: a case of council 825 is in it for its council and its RAA, at the gateway
     * and straight at tracking-service alike, and for nobody else, forged tenant headers or not; VAAs and operators
     * have no caseload.
     */
    @Test
    void theCaseloadShowsACaseToItsCouncilAndItsRaaOnlyAtEveryEntrance() throws Exception {
        String reference = "CASELOAD-ABUSE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String owner = platform.tokens().token("825", "team-manager");
        assertThat(send("POST", "/api/cases", owner, Map.of(), """
                {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-06-02","legalStatus":"V2"}""".formatted(reference)).statusCode())
                .isEqualTo(201);
        String path = "/api/caseload?reference=" + reference;
        eventually(Duration.ofSeconds(30), () -> assertThat(send("GET", path, owner, Map.of(), null).body())
                .contains("\"total\":1"));
        Map<String, String> forgedTenant = Map.of("X-Permanence-La", "825", "X-Permanence-Raa",
                "adopt-thames-valley", "X-Permanence-User", "internal");
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("a social worker of the council", platform.tokens().token("825", "social-worker"));
        seen.put("a family-finder of the council", platform.tokens().token("825", "family-finder"));
        seen.put("the RAA's lead", platform.tokens().tokenOf("raa", "adopt-thames-valley", "raa-lead"));
        Map<String, String> notSeen = new LinkedHashMap<>();
        notSeen.put("another council", platform.tokens().token("931", "team-manager"));
        notSeen.put("another RAA", platform.tokens().tokenOf("raa", "adopt-elsewhere", "raa-lead"));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("a VAA", platform.tokens().tokenOf("vaa", "vaa-matrix", "vaa-worker"));
        refused.put("ops", platform.tokens().operator("ops"));
        refused.put("admin", platform.tokens().operator("admin"));
        for (String entrance : List.of(platform.gatewayUrl(), platform.serviceUrl("tracking-service"))) {
            for (Map<String, String> headers : List.of(Map.<String, String>of(), forgedTenant)) {
                String how = " at " + entrance + (headers.isEmpty() ? "" : " with forged tenant headers");
                for (Map.Entry<String, String> caller : seen.entrySet()) {
                    HttpResponse<String> answer = sendTo(entrance, "GET", path, caller.getValue(), headers, null);
                    assertThat(answer.body()).as(caller.getKey() + how).contains("\"total\":1", reference);
                }
                for (Map.Entry<String, String> caller : notSeen.entrySet()) {
                    HttpResponse<String> answer = sendTo(entrance, "GET", path, caller.getValue(), headers, null);
                    assertThat(answer.statusCode()).as(caller.getKey() + how).isEqualTo(200);
                    assertThat(answer.body()).as(caller.getKey() + how).contains("\"total\":0")
                            .doesNotContain(reference);
                    HttpResponse<String> csv = sendTo(entrance, "GET", path, caller.getValue(),
                            Map.of("Accept", "text/csv"), null);
                    assertThat(csv.body()).as(caller.getKey() + how + " as CSV").doesNotContain(reference);
                }
                for (Map.Entry<String, String> caller : refused.entrySet()) {
                    assertThat(sendTo(entrance, "GET", path, caller.getValue(), headers, null).statusCode())
                            .as(caller.getKey() + how).isEqualTo(403);
                }
            }
        }
    }

    /**
     * The SSDA903 export is a council's return: its council's team manager and its RAA's lead get it as CSV, at the
     * gateway and straight at reporting-service alike; another council or RAA gets 404, and a social worker, a VAA
     * or an operator 403, forged tenant headers or not.
     */
    @Test
    void theSsda903ExportAnswersItsCouncilAndItsRaaOnlyAtEveryEntrance() throws Exception {
        String path = "/api/exports/ssda903?la=825&year=2025-26&table=ad1";
        Map<String, String> forgedTenant = Map.of("X-Permanence-La", "825", "X-Permanence-Raa",
                "adopt-thames-valley", "X-Permanence-User", "internal");
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("the council's team manager", platform.tokens().token("825", "team-manager"));
        seen.put("the RAA's lead", platform.tokens().tokenOf("raa", "adopt-thames-valley", "raa-lead"));
        Map<String, String> notFound = new LinkedHashMap<>();
        notFound.put("another council", platform.tokens().token("931", "team-manager"));
        notFound.put("another RAA", platform.tokens().tokenOf("raa", "adopt-elsewhere", "raa-lead"));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("a social worker of the council", platform.tokens().token("825", "social-worker"));
        refused.put("a VAA", platform.tokens().tokenOf("vaa", "vaa-matrix", "vaa-worker"));
        refused.put("ops", platform.tokens().operator("ops"));
        refused.put("admin", platform.tokens().operator("admin"));
        for (String entrance : List.of(platform.gatewayUrl(), platform.serviceUrl("reporting-service"))) {
            for (Map<String, String> forged : List.of(Map.<String, String>of(), forgedTenant)) {
                Map<String, String> headers = new LinkedHashMap<>(forged);
                headers.put("Accept", "text/csv");
                String how = " at " + entrance + (forged.isEmpty() ? "" : " with forged tenant headers");
                for (Map.Entry<String, String> caller : seen.entrySet()) {
                    HttpResponse<String> answer = sendTo(entrance, "GET", path, caller.getValue(), headers, null);
                    assertThat(answer.statusCode()).as(caller.getKey() + how).isEqualTo(200);
                    assertThat(answer.headers().firstValue("Content-Disposition")).as(caller.getKey() + how)
                            .contains("attachment; filename=\"ssda903-825-2025-26-ad1.csv\"");
                    assertThat(answer.body()).as(caller.getKey() + how)
                            .startsWith("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
                }
                for (Map.Entry<String, String> caller : notFound.entrySet()) {
                    HttpResponse<String> answer = sendTo(entrance, "GET", path, caller.getValue(), headers, null);
                    assertThat(answer.statusCode()).as(caller.getKey() + how).isEqualTo(404);
                    assertThat(answer.body()).as(caller.getKey() + how).doesNotContain("CHILD,");
                }
                for (Map.Entry<String, String> caller : refused.entrySet()) {
                    assertThat(sendTo(entrance, "GET", path, caller.getValue(), headers, null).statusCode())
                            .as(caller.getKey() + how).isEqualTo(403);
                }
            }
        }
    }

    /** Creates a case of council 825, shared with the VAA "vaa-matrix", and answers its id. */
    private String twinCase(String reference, String owner) throws Exception {
        HttpResponse<String> created = send("POST", "/api/cases", owner, Map.of(), """
                {"laCode":"825","caseReference":"%s","dateOfBirth":"2024-05-01",
                 "enteredCareOn":"2025-06-02","legalStatus":"V2"}""".formatted(reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String caseId = JSON.readTree(created.body()).path("caseId").asString();
        HttpResponse<String> shared = send("POST", "/api/cases/" + caseId + "/vaa-shares", owner, Map.of(),
                "{\"sharedOn\":\"2025-07-01\",\"vaaId\":\"vaa-matrix\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        return caseId;
    }

    /**
     * Every documented method and path (each milestone of {@code {milestone}} separately), with the service the
     * gateway's own route table sends it to.
     */
    @SuppressWarnings("unchecked")
    private List<Route> documentedRoutes() throws Exception {
        Map<String, Object> webflux = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) RepositoryFiles.yaml("gateway/src/main/resources/application.yml")
                        .get("spring")).get("cloud")).get("gateway")).get("server");
        List<Map<String, Object>> gatewayRoutes = (List<Map<String, Object>>) ((Map<String, Object>)
                webflux.get("webflux")).get("routes");
        AntPathMatcher paths = new AntPathMatcher();
        JsonNode document = JSON.readTree(send("GET", "/v3/api-docs", null, Map.of(), null).body()).path("paths");
        List<Route> routes = new ArrayList<>();
        for (String template : document.propertyNames()) {
            for (String method : document.path(template).propertyNames()) {
                List<String> concrete = new ArrayList<>();
                if (template.contains("{milestone}")) {
                    for (JsonNode parameter : document.path(template).path(method).path("parameters")) {
                        parameter.path("schema").path("enum")
                                .forEach(milestone -> concrete.add(template.replace("{milestone}", milestone.asString())));
                    }
                } else {
                    concrete.add(template);
                }
                for (String path : concrete) {
                    String example = path.replace("{caseId}", "c-1").replace("{importId}", "i-1")
                            .replace("{actionId}", "1").replace("{alertId}", "1");
                    String service = gatewayRoutes.stream()
                            .filter(route -> ((List<String>) route.get("predicates")).stream()
                                    .flatMap(predicate -> Stream.of(predicate.substring("Path=".length()).split(",")))
                                    .anyMatch(pattern -> paths.match(pattern, example)))
                            .map(route -> (String) ((Map<String, Object>) route.get("metadata")).get("service"))
                            .findFirst().orElseThrow(() -> new AssertionError("no gateway route for " + path));
                    routes.add(new Route(method.toUpperCase(), path, service));
                }
            }
        }
        return routes;
    }

    private static String concrete(String template, String caseId) {
        String path = template.replace("{caseId}", caseId).replace("{milestone}", "match")
                .replace("{actionId}", "1").replace("{alertId}", "1")
                .replace("{importId}", UUID.nameUUIDFromBytes(caseId.getBytes(StandardCharsets.UTF_8)).toString());
        return path.endsWith("/history") ? path + "?asOf=" + Instant.now() : path;
    }

    private HttpResponse<String> send(String method, String path, String token, Map<String, String> headers,
                                      String body) throws Exception {
        HttpResponse<String> answer = sendTo(platform.gatewayUrl(), method, path, token, headers, body);
        // the matrix is a burst for the gateway's per-client and per-tenant limits: wait as told and ask again
        while (answer.statusCode() == 429) {
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
            answer = sendTo(platform.gatewayUrl(), method, path, token, headers, body);
        }
        return answer;
    }

    private HttpResponse<String> sendTo(String entrance, String method, String path, String token,
                                        Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entrance + path))
                .method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
