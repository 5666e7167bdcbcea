package uk.permanence.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.permanence.testing.SignIn;

/**
 * The system tests' people: each caller a test needs is made once, by the platform admin through the identity
 * service's administration API, and signed in through the gateway as {@code ./permanence token} signs in. A token is
 * kept until it is ten minutes old (it lives fifteen), so that long scenarios never hold an expired one.
 */
final class PlatformTokens {

    private static final Duration KEPT_FOR = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Person(String password, String role, Map<String, Object> tenant) {
    }

    private record Kept(String token, Instant obtained) {
    }

    private final String gatewayUrl;
    private final String identityUrl;
    private final String platformAdminPassword;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    PlatformTokens(String gatewayUrl, String identityUrl, String platformAdminPassword) {
        this.gatewayUrl = gatewayUrl;
        this.identityUrl = identityUrl;
        this.platformAdminPassword = platformAdminPassword;
    }

    /** A council user's token: {@code role@laCode}. */
    String token(String laCode, String role) {
        return tokenFor(role + "@" + laCode, laCode, role);
    }

    /** A council user of their own name, so that several clients have several rate-limit buckets. */
    String tokenFor(String username, String laCode, String role) {
        return tokenOf(username, role, Map.of("councils", List.of(laCode)));
    }

    /** An RAA's ({@code "raa"}) or a VAA's ({@code "vaa"}) user: {@code role@id}. */
    String tokenOf(String tenantClaim, String tenantId, String role) {
        return tokenOf(role + "@" + tenantId, role, Map.of(tenantClaim, tenantId));
    }

    /** An operator ({@code ops} or {@code admin}), who acts for no council, RAA or VAA. */
    String operator(String role) {
        return tokenOf(role + "-operator", role, Map.of());
    }

    /** Makes a council user, without signing them in, and answers their first password. */
    String makeCouncilUser(String username, String laCode, String role) {
        return person(username, role, Map.of("councils", List.of(laCode))).password();
    }

    /** The first password of a person made here (none of them has changed it). */
    String passwordOf(String username) {
        Person person = people.get(username);
        if (person == null) {
            throw new IllegalArgumentException(username + " was not made here");
        }
        return person.password();
    }

    /** The platform admin made at the identity service's first start. */
    String platformAdmin() {
        return keptOrNew("platform-admin", () -> SignIn.accessToken(gatewayUrl, "platform-admin",
                platformAdminPassword));
    }

    private String tokenOf(String username, String role, Map<String, Object> tenant) {
        Person person = person(username, role, tenant);
        return keptOrNew(username, () -> SignIn.accessToken(gatewayUrl, username, person.password()));
    }

    private Person person(String username, String role, Map<String, Object> tenant) {
        Person person = people.computeIfAbsent(username, name -> make(name, role, tenant));
        if (!person.role().equals(role) || !person.tenant().equals(tenant)) {
            throw new IllegalArgumentException(username + " was made as " + person.role() + " of " + person.tenant());
        }
        return person;
    }

    private String keptOrNew(String username, java.util.function.Supplier<String> signIn) {
        return kept.compute(username, (name, old) -> old != null
                && old.obtained().plus(KEPT_FOR).isAfter(Instant.now()) ? old : new Kept(signIn.get(), Instant.now()))
                .token();
    }

    private Person make(String username, String role, Map<String, Object> tenant) {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("role", role);
        tenant.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
        try {
            HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(identityUrl + "/admin/users"))
                    .header("Authorization", "Bearer " + platformAdmin())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (made.statusCode() != 201) {
                throw new IllegalStateException("the identity service did not make " + username + ": "
                        + made.statusCode() + " " + made.body());
            }
            return new Person(JSON.readTree(made.body()).path("firstPassword").asString(), role, tenant);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
