package uk.permanence.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.permanence.identity.IdentityTest;
import uk.permanence.identity.people.People;
import uk.permanence.identity.tokens.Tenancy;
import uk.permanence.testing.SignIn;

/** {@code ./permanence token}'s client: a person's own sign-in with PKCE, nothing else, gives a token. */
class CommandLineClientTest extends IdentityTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    People people;

    @Test
    void aPersonSignedInThroughTheCommandLineClientGetsTheirOwnToken() {
        String username = "cli-" + UUID.randomUUID();
        people.create(username, PASSWORD, Tenancy.ofCouncils("team-manager", List.of("825")), false);

        Jwt token = verify(SignIn.accessToken("http://localhost:" + port, username, PASSWORD));

        assertThat(token.getSubject()).isEqualTo(username);
        assertThat(token.getClaimAsString("role")).isEqualTo("team-manager");
        assertThat(token.getClaimAsStringList("la")).containsExactly("825");
    }

    @Test
    void aWrongPasswordGetsNoTokenAndTheClientCannotUseAnyOtherGrant() throws Exception {
        String username = "cli-" + UUID.randomUUID();
        people.create(username, PASSWORD, Tenancy.ofCouncils("social-worker", List.of("825")), false);

        assertThatThrownBy(() -> SignIn.accessToken("http://localhost:" + port, username, "wrong"))
                .hasMessageContaining("was not signed in");
        HttpResponse<String> credentials = http.send(HttpRequest.newBuilder(url("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formOf(Map.of(
                        "grant_type", "client_credentials", "client_id", SignIn.CLIENT_ID))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(credentials.statusCode()).as(credentials.body()).isIn(400, 401);
    }
}
