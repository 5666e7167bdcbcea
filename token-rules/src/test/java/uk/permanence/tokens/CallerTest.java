package uk.permanence.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who a token speaks for, under our claim names and under a council's own provider's. */
class CallerTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("someone").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void ourClaimsNameTheRoleAndTheTenant() {
        Caller caller = Caller.of(token().claim("role", "team-manager").claim("la", List.of("825", "826")).build(),
                ClaimNames.OURS);

        assertThat(caller).isEqualTo(new Caller("someone", "team-manager", List.of("825", "826"), null, null));
    }

    @Test
    void anotherProvidersClaimsAreReadUnderTheConfiguredNamesAndARoleListOfOneIsTheRole() {
        ClaimNames entra = new ClaimNames("roles", "extn_councils", null, "extn_vaa");
        Caller caller = Caller.of(token().claim("roles", List.of("social-worker"))
                .claim("extn_councils", List.of("931")).claim("role", "admin").build(), entra);

        assertThat(caller).isEqualTo(new Caller("someone", "social-worker", List.of("931"), null, null));
        assertThat(entra.raa()).isEqualTo("raa");
    }

    @Test
    void aTokenWithSeveralRolesOrNoneHasNoRole() {
        assertThat(Caller.of(token().claim("role", List.of("team-manager", "admin")).build(), ClaimNames.OURS)
                .role()).isNull();
        assertThat(Caller.of(token().build(), ClaimNames.OURS).role()).isNull();
        assertThat(Caller.of(token().build(), ClaimNames.OURS).councils()).isEmpty();
    }
}
