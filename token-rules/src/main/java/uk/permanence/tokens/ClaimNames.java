package uk.permanence.tokens;

/**
 * Which claims carry the caller's role and tenant ({@code permanence.security.claims}): ours by default, as the
 * identity service issues them; a council's own OpenID Connect provider (Microsoft Entra ID's {@code roles}, a
 * Keycloak mapper's claim) is mapped here by configuration alone (docs/identity.md). A role claim may be a string or
 * a list of exactly one.
 */
public record ClaimNames(String role, String councils, String raa, String vaa) {

    public static final String PROPERTY = "permanence.security.claims";
    public static final ClaimNames OURS = new ClaimNames(TokenRules.ROLE_CLAIM, "la", "raa", "vaa");

    public ClaimNames {
        role = role == null || role.isBlank() ? TokenRules.ROLE_CLAIM : role;
        councils = councils == null || councils.isBlank() ? "la" : councils;
        raa = raa == null || raa.isBlank() ? "raa" : raa;
        vaa = vaa == null || vaa.isBlank() ? "vaa" : vaa;
    }
}
