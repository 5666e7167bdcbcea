package uk.permanence.identity.tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import uk.permanence.access.RoleTable;
import uk.permanence.tokens.TokenRules;

/**
 * A caller's role and tenant, as every service reads them from the token: councils ({@code la}, a list of DfE
 * codes) for council users, an RAA ({@code raa}) for RAA staff, a VAA ({@code vaa}) for a VAA's workers and
 * systems, none for {@code ops} and {@code admin}.
 */
public record Tenancy(String role, List<String> councils, String raa, String vaa) {

    public static final String COUNCILS_CLAIM = "la";
    public static final String RAA_CLAIM = "raa";
    public static final String VAA_CLAIM = "vaa";

    private static final String SETTING = "permanence.";

    public Tenancy {
        Map<String, String> wrong = problems(role, councils, raa, vaa);
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(wrong.toString());
        }
        councils = councils == null ? List.of() : List.copyOf(councils);
        raa = raa == null || raa.isBlank() ? null : raa;
        vaa = vaa == null || vaa.isBlank() ? null : vaa;
    }

    public static Tenancy ofCouncils(String role, List<String> councils) {
        return new Tenancy(role, councils, null, null);
    }

    public static Tenancy ofRaa(String role, String raa) {
        return new Tenancy(role, List.of(), raa, null);
    }

    public static Tenancy ofVaa(String vaa) {
        return new Tenancy(RoleTable.VAA_WORKER, List.of(), null, vaa);
    }

    /** What is wrong with a role and tenant together, by field ({@code role}, {@code tenant}, {@code councils}). */
    public static Map<String, String> problems(String role, List<String> councils, String raa, String vaa) {
        Map<String, String> wrong = new LinkedHashMap<>();
        boolean hasCouncils = councils != null && !councils.isEmpty();
        boolean hasRaa = raa != null && !raa.isBlank();
        boolean hasVaa = vaa != null && !vaa.isBlank();
        int tenants = (hasCouncils ? 1 : 0) + (hasRaa ? 1 : 0) + (hasVaa ? 1 : 0);
        if (role == null || !RoleTable.ROLES.contains(role)) {
            wrong.put("role", "must be one of " + RoleTable.ROLES);
        } else if (RoleTable.OPERATORS.contains(role)) {
            if (tenants > 0) {
                wrong.put("tenant", "an " + role + " acts for no council, RAA or VAA");
            }
        } else if (RoleTable.VAA_WORKER.equals(role)) {
            if (!hasVaa || tenants > 1) {
                wrong.put("tenant", "a vaa-worker acts for exactly one VAA (vaa) and nothing else");
            }
        } else if (hasVaa || tenants != 1) {
            wrong.put("tenant", "a " + role + " acts for either councils (councils) or one RAA (raa)");
        }
        if (hasCouncils && councils.stream().anyMatch(code -> code == null || !code.matches("\\d{3}"))) {
            wrong.put("councils", "must be three-digit DfE codes");
        }
        return wrong;
    }

    /** Puts the role and the tenant claim into a token's claims. */
    public void addTo(Map<String, Object> claims) {
        claims.put(TokenRules.ROLE_CLAIM, role);
        if (!councils.isEmpty()) {
            // a mutable list: the claims are stored with the authorization, whose JSON reader refuses List.of's class
            claims.put(COUNCILS_CLAIM, new ArrayList<>(councils));
        }
        if (raa != null) {
            claims.put(RAA_CLAIM, raa);
        }
        if (vaa != null) {
            claims.put(VAA_CLAIM, vaa);
        }
    }

    /** Keeps the tenancy in a registered client's settings (stored with the client, as plain strings). */
    public ClientSettings.Builder addTo(ClientSettings.Builder settings) {
        settings.setting(SETTING + TokenRules.ROLE_CLAIM, role);
        settings.setting(SETTING + COUNCILS_CLAIM, String.join(",", councils));
        settings.setting(SETTING + RAA_CLAIM, raa == null ? "" : raa);
        settings.setting(SETTING + VAA_CLAIM, vaa == null ? "" : vaa);
        return settings;
    }

    /** The tenancy kept in a client's settings, or null for a client given none (such as the web app's). */
    public static Tenancy of(ClientSettings settings) {
        String role = settings.getSetting(SETTING + TokenRules.ROLE_CLAIM);
        if (role == null) {
            return null;
        }
        String councils = settings.getSetting(SETTING + COUNCILS_CLAIM);
        return new Tenancy(role, councils == null || councils.isEmpty() ? List.of() : List.of(councils.split(",")),
                settings.getSetting(SETTING + RAA_CLAIM), settings.getSetting(SETTING + VAA_CLAIM));
    }
}
