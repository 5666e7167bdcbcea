package uk.permanence.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/** A role and a tenant fit together as the services read them, or they are refused naming the field. */
class TenancyTest {

    @Test
    void eachRoleActsForTheTenantItsTokensMustCarry() {
        assertThat(Tenancy.problems("team-manager", List.of("825", "826"), null, null)).isEmpty();
        assertThat(Tenancy.problems("raa-lead", List.of(), "adopt-thames-valley", null)).isEmpty();
        assertThat(Tenancy.problems("vaa-worker", List.of(), null, "families-for-children")).isEmpty();
        assertThat(Tenancy.problems("admin", List.of(), null, null)).isEmpty();

        assertThat(Tenancy.problems("team-manager", List.of(), null, null)).containsOnlyKeys("tenant");
        assertThat(Tenancy.problems("team-manager", List.of("825"), "adopt-thames-valley", null))
                .containsOnlyKeys("tenant");
        assertThat(Tenancy.problems("social-worker", List.of(), null, "a-vaa")).containsOnlyKeys("tenant");
        assertThat(Tenancy.problems("vaa-worker", List.of("825"), null, "a-vaa")).containsOnlyKeys("tenant");
        assertThat(Tenancy.problems("ops", List.of("825"), null, null)).containsOnlyKeys("tenant");
        assertThat(Tenancy.problems("superuser", List.of("82"), null, null)).containsOnlyKeys("role", "councils");
        assertThat(Tenancy.problems(null, List.of("825"), null, null)).as("no role at all is named, not a 500")
                .containsOnlyKeys("role");
        assertThatThrownBy(() -> Tenancy.ofCouncils("team-manager", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putsExactlyTheRoleAndOneTenantClaimIntoAToken() {
        Map<String, Object> councils = new HashMap<>();
        Tenancy.ofCouncils("social-worker", List.of("825")).addTo(councils);
        Map<String, Object> vaa = new HashMap<>();
        Tenancy.ofVaa("families-for-children").addTo(vaa);

        assertThat(councils).containsOnly(Map.entry("role", "social-worker"), Map.entry("la", List.of("825")));
        assertThat(vaa).containsOnly(Map.entry("role", "vaa-worker"), Map.entry("vaa", "families-for-children"));
    }

    @Test
    void aClientsTenancyIsKeptInItsSettingsAndReadBack() {
        ClientSettings settings = Tenancy.ofRaa("raa-lead", "adopt-thames-valley").addTo(ClientSettings.builder())
                .build();

        assertThat(Tenancy.of(settings)).isEqualTo(Tenancy.ofRaa("raa-lead", "adopt-thames-valley"));
        assertThat(Tenancy.of(ClientSettings.builder().build())).isNull();
    }
}
