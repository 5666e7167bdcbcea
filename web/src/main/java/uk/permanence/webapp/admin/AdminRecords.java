package uk.permanence.webapp.admin;

import java.time.Instant;
import java.util.List;

/** What the identity service's administration API answers and takes (docs/identity.md), as records. */
final class AdminRecords {

    private AdminRecords() {
    }

    /** A person as an admin sees them. */
    record AdminUser(String username, String role, List<String> councils, String raa, String vaa, boolean enabled,
                     boolean administers, boolean locked, boolean secondFactorEnrolled) {
    }

    record UserPage(List<AdminUser> users, int page, int size, long total) {
    }

    record NewUser(String username, String role, List<String> councils, String raa, String vaa, Boolean administers) {
    }

    /** The first password, which the API shows this once. */
    record CreatedUser(String username, String firstPassword) {
    }

    record UserChange(String role, Boolean enabled) {
    }

    record SecondFactorChoice(Boolean required) {
    }

    record CouncilSecondFactor(String council, boolean required) {
    }

    record NewVaaSystem(String clientId, String name, String vaa) {
    }

    /** A VAA system's credentials: the secret is shown this once (the identity service keeps only its hash). */
    record IssuedCredentials(String clientId, String clientSecret) {
    }

    record AuditEntry(Instant at, String actor, String action, String target, String detail) {
    }
}
