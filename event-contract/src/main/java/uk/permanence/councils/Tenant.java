package uk.permanence.councils;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose children a caller may see, from the identity the gateway verified: the councils named in the token, every
 * member council of the token's RAA, and for a VAA's worker ({@code vaa}) only the children shared with that VAA.
 * A call without a verified identity (never routed by the gateway: an operator or a test on the service's own
 * port) is {@link #internal()} and unrestricted.
 */
public record Tenant(Set<String> councils, String vaa, boolean internal) {

    public static final String USER_HEADER = "X-Permanence-User";
    public static final String COUNCILS_HEADER = "X-Permanence-La";
    public static final String RAA_HEADER = "X-Permanence-Raa";
    public static final String VAA_HEADER = "X-Permanence-Vaa";

    public static Tenant of(String user, String councilCodes, String raa, String vaa, Councils platform) {
        if (user == null) {
            return new Tenant(Set.of(), null, true);
        }
        Set<String> visible = new HashSet<>();
        if (councilCodes != null && !councilCodes.isBlank()) {
            visible.addAll(Arrays.stream(councilCodes.split(",")).map(String::trim).collect(Collectors.toSet()));
        }
        if (raa != null && !raa.isBlank()) {
            visible.addAll(platform.ofRaa(raa));
        }
        return new Tenant(Set.copyOf(visible), vaa == null || vaa.isBlank() ? null : vaa, false);
    }

    /** Whether the caller sees this council's children in full. */
    public boolean canSee(String laCode) {
        return internal || councils.contains(laCode);
    }

    /** Whether the caller is a VAA with which a case shared with {@code vaas} is shared. */
    public boolean isSharedWith(Set<String> vaas) {
        return vaa != null && vaas.contains(vaa);
    }
}
