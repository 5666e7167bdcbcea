package uk.permanence.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import uk.permanence.identity.IdentityTest;
import uk.permanence.identity.people.People;
import uk.permanence.identity.secondfactor.SecondFactorRequirement;
import uk.permanence.identity.secondfactor.SecondFactors;
import uk.permanence.identity.secondfactor.Totp;

/** Admins manage people within their reach only, and every change is audited. */
class AdministrationTest extends IdentityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    SecondFactorRequirement secondFactorRequirement;

    private String platformAdmin;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsThePlatformAdmin() throws Exception {
        platformAdmin = accessTokenOf("platform-admin", PLATFORM_ADMIN_PASSWORD);
    }

    private HttpResponse<String> call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A council's admin made by the platform admin, signed in with the first password they were given. */
    private String councilAdminOf(String council) throws Exception {
        String username = "admin-" + council + "-" + suffix;
        var created = call("POST", "/admin/users", platformAdmin, """
                {"username":"%s","role":"team-manager","councils":["%s"],"administers":true}"""
                .formatted(username, council));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return accessTokenOf(username, json(created).get("firstPassword").asString());
    }

    @Test
    void aCouncilAdminMadeByThePlatformAdminCreatesAUserOfTheirCouncilWhoThenSignsIn() throws Exception {
        String councilAdmin = councilAdminOf("825");

        var created = call("POST", "/admin/users", councilAdmin, """
                {"username":"sw-825-%s","role":"social-worker","councils":["825"]}""".formatted(suffix));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/admin/users/sw-825-" + suffix);
        Jwt token = verify(accessTokenOf("sw-825-" + suffix, json(created).get("firstPassword").asString()));
        assertThat(token.getClaimAsString("role")).isEqualTo("social-worker");
        assertThat(token.getClaimAsStringList("la")).containsExactly("825");
        assertThat(token.getClaims()).doesNotContainKey("administers");
        assertThat(verify(councilAdmin).getClaimAsBoolean("administers")).as("the web app shows them its admin pages")
                .isTrue();
    }

    @Test
    void aCouncilAdminIsRefusedOutsideTheirCouncil() throws Exception {
        String councilAdmin = councilAdminOf("825");
        String elsewhere = json(call("POST", "/admin/users", platformAdmin, """
                {"username":"sw-931-%s","role":"social-worker","councils":["931"]}""".formatted(suffix)))
                .get("username").asString();

        for (String body : new String[] {
                "{\"username\":\"x1-%s\",\"role\":\"social-worker\",\"councils\":[\"931\"]}",
                "{\"username\":\"x2-%s\",\"role\":\"social-worker\",\"councils\":[\"825\",\"931\"]}",
                "{\"username\":\"x3-%s\",\"role\":\"raa-lead\",\"raa\":\"adopt-thames-valley\"}",
                "{\"username\":\"x4-%s\",\"role\":\"team-manager\",\"councils\":[\"825\"],\"administers\":true}",
                "{\"username\":\"x5-%s\",\"role\":\"admin\"}"}) {
            var refused = call("POST", "/admin/users", councilAdmin, body.formatted(suffix));
            assertThat(refused.statusCode()).as(body).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(call("PATCH", "/admin/users/" + elsewhere, councilAdmin, "{\"enabled\":false}").statusCode())
                .as("another council's user is not found, as in every service").isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from users where username like ?").param("x_-" + suffix)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select enabled from users where username = ?").param(elsewhere)
                .query(Boolean.class).single()).isTrue();
        assertThat(json(call("GET", "/admin/users?size=200", councilAdmin, null)).get("users").valueStream()
                .map(user -> user.get("username").asString())).doesNotContain(elsewhere, "platform-admin")
                .allSatisfy(username -> assertThat(username).doesNotStartWith("admin-"));
    }

    @Test
    void aCouncilAdminDisablesAUserAndChangesTheirRole() throws Exception {
        String councilAdmin = councilAdminOf("826");
        String username = "ff-826-" + suffix;
        String password = json(call("POST", "/admin/users", councilAdmin, """
                {"username":"%s","role":"family-finder","councils":["826"]}""".formatted(username)))
                .get("firstPassword").asString();

        var promoted = call("PATCH", "/admin/users/" + username, councilAdmin, "{\"role\":\"team-manager\"}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(verify(accessTokenOf(username, password)).getClaimAsString("role")).isEqualTo("team-manager");
        assertThat(call("PATCH", "/admin/users/" + username, councilAdmin, "{\"role\":\"raa-lead\"}").statusCode())
                .isEqualTo(403);

        assertThat(call("PATCH", "/admin/users/" + username, councilAdmin, "{\"enabled\":false}").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select enabled from users where username = ?").param(username)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void anRaaAdminManagesTheStaffOfTheirRaaOnly() throws Exception {
        var created = call("POST", "/admin/users", platformAdmin, """
                {"username":"raa-admin-%s","role":"raa-lead","raa":"adopt-thames-valley","administers":true}"""
                .formatted(suffix));
        String raaAdmin = accessTokenOf("raa-admin-" + suffix, json(created).get("firstPassword").asString());

        assertThat(call("POST", "/admin/users", raaAdmin, """
                {"username":"raa-sw-%s","role":"social-worker","raa":"adopt-thames-valley"}""".formatted(suffix))
                .statusCode()).isEqualTo(201);
        assertThat(call("POST", "/admin/users", raaAdmin, """
                {"username":"raa-x-%s","role":"social-worker","raa":"adopt-south"}""".formatted(suffix))
                .statusCode()).isEqualTo(403);
        assertThat(call("POST", "/admin/users", raaAdmin, """
                {"username":"raa-y-%s","role":"social-worker","councils":["825"]}""".formatted(suffix))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNamingEveryWrongFieldAndCreatesNothing() throws Exception {
        var refused = call("POST", "/admin/users", platformAdmin,
                "{\"username\":\"a b\",\"role\":\"boss\",\"councils\":[\"82\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("username", "role", "councils");
        assertThat(jdbc.sql("select count(*) from users where username = 'a b'").query(Integer.class).single())
                .isZero();
        assertThat(call("POST", "/admin/users", platformAdmin, "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyThePlatformAdminRegistersAVaaSystemWhoseSecretIsShownOnce() throws Exception {
        var registered = call("POST", "/admin/clients", platformAdmin, """
                {"clientId":"vaa-system-%s","name":"Families for Children","vaa":"families-for-children"}"""
                .formatted(suffix));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode credentials = json(registered);
        var token = token(credentials.get("clientId").asString(), credentials.get("clientSecret").asString(),
                Map.of("grant_type", "client_credentials"));
        assertThat(verify(json(token).get("access_token").asString()).getClaimAsString("vaa"))
                .isEqualTo("families-for-children");
        assertThat(call("POST", "/admin/clients", councilAdminOf("931"), """
                {"clientId":"vaa-other-%s","name":"Other","vaa":"other"}""".formatted(suffix)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndWhen() throws Exception {
        String councilAdmin = councilAdminOf("825");
        call("POST", "/admin/users", councilAdmin, """
                {"username":"audited-%s","role":"social-worker","councils":["825"]}""".formatted(suffix));
        call("PATCH", "/admin/users/audited-" + suffix, councilAdmin, "{\"enabled\":false}");

        var audit = call("GET", "/admin/audit", platformAdmin, null);

        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(json(audit).valueStream()
                .filter(entry -> entry.get("target").asString().equals("audited-" + suffix))
                .map(entry -> entry.get("actor").asString() + " " + entry.get("action").asString() + " "
                        + entry.get("detail").asString()))
                .containsExactly("admin-825-%s change-user role social-worker -> social-worker, enabled true -> false"
                                .formatted(suffix),
                        "admin-825-%s create-user role social-worker, councils 825".formatted(suffix));
        assertThat(json(audit).get(0).get("at").asString()).isNotBlank();
        assertThat(call("GET", "/admin/audit", councilAdmin, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aVaaSystemCannotTakeAnAdminsNameNorAnAdminAClientsName() throws Exception {
        String councilAdminName = "admin-825-" + suffix;
        councilAdminOf("825");

        assertThat(call("POST", "/admin/clients", platformAdmin, """
                {"clientId":"%s","name":"Impostor","vaa":"impostor"}""".formatted(councilAdminName)).statusCode())
                .isEqualTo(409);
        call("POST", "/admin/clients", platformAdmin, """
                {"clientId":"system-%s","name":"A VAA","vaa":"a-vaa"}""".formatted(suffix));
        assertThat(call("POST", "/admin/users", platformAdmin, """
                {"username":"system-%s","role":"admin"}""".formatted(suffix)).statusCode()).isEqualTo(409);
    }

    @Test
    void aTokenFromBeforeTheCallersRoleChangedIsRefused() throws Exception {
        var created = call("POST", "/admin/users", platformAdmin, """
                {"username":"changing-admin-%s","role":"team-manager","councils":["825"],"administers":true}"""
                .formatted(suffix));
        String oldToken = accessTokenOf("changing-admin-" + suffix, json(created).get("firstPassword").asString());
        assertThat(call("GET", "/admin/users", oldToken, null).statusCode()).isEqualTo(200);

        call("PATCH", "/admin/users/changing-admin-" + suffix, platformAdmin, "{\"role\":\"social-worker\"}");

        assertThat(call("GET", "/admin/users", oldToken, null).statusCode()).isEqualTo(403);
    }

    @Test
    void withoutATokenOrAsSomeoneWhoAdministersNothingTheApiIsRefused() throws Exception {
        var created = call("POST", "/admin/users", platformAdmin, """
                {"username":"plain-%s","role":"team-manager","councils":["825"]}""".formatted(suffix));
        String plain = accessTokenOf("plain-" + suffix, json(created).get("firstPassword").asString());

        var anonymous = call("GET", "/admin/users", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(call("GET", "/admin/users", plain, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/admin/users", plain, """
                {"username":"by-plain-%s","role":"social-worker","councils":["825"]}""".formatted(suffix))
                .statusCode()).isEqualTo(403);
    }

    /** A user made by the platform admin; their password is not needed. */
    private String userOf(String council) throws Exception {
        String username = "sw-" + council + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = call("POST", "/admin/users", platformAdmin, """
                {"username":"%s","role":"social-worker","councils":["%s"]}""".formatted(username, council));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** Enrols the person as the enrolment page would: the secret made for them, confirmed by its current code. */
    private void enrol(String username) {
        String secret = secondFactors.enrolment(username).orElseThrow().secret();
        secondFactors.verify(username, Totp.code(new Base32().decode(secret), Totp.step(Instant.now())));
        assertThat(secondFactors.isEnrolled(username)).isTrue();
    }

    private void lock(String username) {
        for (int attempt = 1; attempt <= properties.lockout().maxFailures(); attempt++) {
            people.recordFailure(username);
        }
        assertThat(people.isLocked(username)).isTrue();
    }

    @Test
    void aCouncilAdminDecidesWhetherItsOwnCouncilsUsersNeedASecondFactorAndNoOtherCouncils() throws Exception {
        String councilAdmin = councilAdminOf("873");
        boolean otherBefore = secondFactorRequirement.councilRequires("931");

        var required = call("PUT", "/admin/councils/873/second-factor", councilAdmin, "{\"required\":true}");
        assertThat(required.statusCode()).as(required.body()).isEqualTo(200);
        assertThat(json(required).get("required").asBoolean()).isTrue();
        assertThat(secondFactorRequirement.councilRequires("873")).isTrue();
        assertThat(json(call("GET", "/admin/councils/873/second-factor", councilAdmin, null)).get("required")
                .asBoolean()).as("as the admin's page shows it").isTrue();
        assertThat(call("GET", "/admin/councils/931/second-factor", councilAdmin, null).statusCode())
                .isEqualTo(403);
        // back to not required, so that the next run's admin of 873 signs in with a password alone
        assertThat(call("PUT", "/admin/councils/873/second-factor", councilAdmin, "{\"required\":false}")
                .statusCode()).isEqualTo(200);
        assertThat(secondFactorRequirement.councilRequires("873")).isFalse();

        var elsewhere = call("PUT", "/admin/councils/931/second-factor", councilAdmin, "{\"required\":"
                + !otherBefore + "}");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(secondFactorRequirement.councilRequires("931")).isEqualTo(otherBefore);

        var bad = call("PUT", "/admin/councils/87x/second-factor", councilAdmin, "{}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("council", "required");
        assertThat(json(call("GET", "/admin/audit", platformAdmin, null)).valueStream()
                .filter(entry -> entry.get("actor").asString().equals("admin-873-" + suffix))
                .map(entry -> entry.get("action").asString() + " " + entry.get("target").asString() + " "
                        + entry.get("detail").asString()))
                .containsExactly("set-council-second-factor 873 required true -> false",
                        "set-council-second-factor 873 required false -> true");
    }

    @Test
    void anAdminResetsTheSecondFactorOfAUserWithinReachOnly() throws Exception {
        String councilAdmin = councilAdminOf("825");
        String own = userOf("825");
        String elsewhere = userOf("931");
        enrol(own);
        enrol(elsewhere);
        assertThat(json(call("GET", "/admin/users/" + own, councilAdmin, null)).get("secondFactorEnrolled")
                .asBoolean()).isTrue();
        assertThat(call("GET", "/admin/users/" + elsewhere, councilAdmin, null).statusCode()).isEqualTo(404);

        var reset = call("DELETE", "/admin/users/" + own + "/second-factor", councilAdmin, null);
        var outside = call("DELETE", "/admin/users/" + elsewhere + "/second-factor", councilAdmin, null);

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        assertThat(secondFactors.isEnrolled(own)).as("enrols again at the next sign-in").isFalse();
        assertThat(json(call("GET", "/admin/users?size=200", platformAdmin, null)).get("users").valueStream()
                .filter(user -> List.of(own, elsewhere).contains(user.get("username").asString()))
                .map(user -> user.get("username").asString() + " " + user.get("secondFactorEnrolled").asBoolean()))
                .containsExactlyInAnyOrder(own + " false", elsewhere + " true");
        assertThat(secondFactors.enrolment(own)).as("with a new secret").isPresent();
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(secondFactors.isEnrolled(elsewhere)).isTrue();
        assertThat(json(call("GET", "/admin/audit", platformAdmin, null)).valueStream()
                .filter(entry -> entry.get("target").asString().equals(own))
                .map(entry -> entry.get("actor").asString() + " " + entry.get("action").asString()))
                .startsWith("admin-825-" + suffix + " reset-second-factor");
    }

    @Test
    void anAdminUnlocksALockedAccountWithinReachOnly() throws Exception {
        String councilAdmin = councilAdminOf("825");
        String own = userOf("825");
        String elsewhere = userOf("931");
        lock(own);
        lock(elsewhere);
        assertThat(json(call("GET", "/admin/users?size=200", platformAdmin, null)).get("users").valueStream()
                .filter(user -> user.get("username").asString().equals(elsewhere))
                .map(user -> user.get("locked").asBoolean())).containsExactly(true);

        var unlocked = call("POST", "/admin/users/" + own + "/unlock", councilAdmin, null);
        var outside = call("POST", "/admin/users/" + elsewhere + "/unlock", councilAdmin, null);

        assertThat(unlocked.statusCode()).as(unlocked.body()).isEqualTo(200);
        assertThat(json(unlocked).get("locked").asBoolean()).isFalse();
        assertThat(people.isLocked(own)).isFalse();
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(people.isLocked(elsewhere)).isTrue();
        assertThat(json(call("GET", "/admin/audit", platformAdmin, null)).valueStream()
                .filter(entry -> entry.get("target").asString().equals(own))
                .map(entry -> entry.get("actor").asString() + " " + entry.get("action").asString() + " "
                        + entry.get("detail").asString()))
                .startsWith("admin-825-" + suffix + " unlock-user locked true -> false");
    }

    @Test
    void theUsersComeInPagesAndABadPageOrSizeIsAProblemNamingIt() throws Exception {
        userOf("825");
        userOf("825");
        userOf("825");

        JsonNode first = json(call("GET", "/admin/users?page=0&size=2", platformAdmin, null));
        JsonNode second = json(call("GET", "/admin/users?page=1&size=2", platformAdmin, null));
        assertThat(first.get("users").size()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("users").get(0).get("username").asString())
                .isGreaterThan(first.get("users").get(1).get("username").asString());
        assertThat(json(call("GET", "/admin/users", platformAdmin, null)).get("size").asInt()).isEqualTo(50);

        for (var wrong : Map.of("page=-1&size=0", new String[] {"page", "size"},
                "page=x&size=201", new String[] {"page", "size"},
                "size=abc", new String[] {"size"},
                "page=1.5", new String[] {"page"}).entrySet()) {
            var refused = call("GET", "/admin/users?" + wrong.getKey(), platformAdmin, null);
            assertThat(refused.statusCode()).as(wrong.getKey()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(refused).get("errors").valueStream().map(error -> error.get("field").asString()))
                    .as(wrong.getKey()).containsExactlyInAnyOrder(wrong.getValue());
        }
    }
}
