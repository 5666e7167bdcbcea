package uk.permanence.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.permanence.access.RoleTable;
import uk.permanence.identity.IdentityTest;
import uk.permanence.identity.people.People;
import uk.permanence.identity.tokens.Tenancy;

/**
 * Who must give a second factor where it is required by default (as outside the demo): everyone but the users of a
 * council that chose otherwise.
 */
class SecondFactorRequirementTest extends IdentityTest {

    private static final List<String> BOTH_FACTORS = List.of("FACTOR_PASSWORD", "FACTOR_TOTP");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    private SecondFactorRequirement byDefault() {
        return new SecondFactorRequirement(jdbc, people, new SecondFactorProperties(true, "Permanence"));
    }

    private String person(Tenancy tenancy) {
        String username = "person-" + UUID.randomUUID();
        people.create(username, "a password long enough", tenancy, false);
        return username;
    }

    @Test
    void raaStaffVaaWorkersAndPlatformAdminsFollowTheDefault() {
        SecondFactorRequirement requirement = byDefault();

        assertThat(requirement.findRequiredAuthorities(person(Tenancy.ofRaa("raa-lead", "adopt-north"))))
                .isEqualTo(BOTH_FACTORS);
        assertThat(requirement.findRequiredAuthorities(person(Tenancy.ofVaa("families-for-children"))))
                .isEqualTo(BOTH_FACTORS);
        assertThat(requirement.findRequiredAuthorities(person(new Tenancy(RoleTable.ADMIN, List.of(), null, null))))
                .isEqualTo(BOTH_FACTORS);
        assertThat(requirement.findRequiredAuthorities("a-client-id-not-a-person")).isEmpty();
    }

    @Test
    void disablingAnAccountNeverLowersWhatItsSignInNeeds() {
        String disabled = person(Tenancy.ofRaa("raa-lead", "adopt-north"));
        jdbc.sql("update users set enabled = false where username = ?").param(disabled).update();

        assertThat(byDefault().findRequiredAuthorities(disabled)).isEqualTo(BOTH_FACTORS);
    }

    @Test
    void aCouncilsUsersFollowItsChoiceOrTheDefaultAndAnyOfTheirCouncilsRequiringItIsEnough() {
        SecondFactorRequirement requirement = byDefault();
        requirement.setCouncilRequires("874", false);
        jdbc.sql("delete from council_second_factor where council = '875'").update();

        assertThat(requirement.isRequired(person(Tenancy.ofCouncils("social-worker", List.of("874"))))).isFalse();
        assertThat(requirement.isRequired(person(Tenancy.ofCouncils("social-worker", List.of("875"))))).isTrue();
        assertThat(requirement.isRequired(person(Tenancy.ofCouncils("team-manager", List.of("874", "875")))))
                .isTrue();
    }
}
