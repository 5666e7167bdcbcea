package uk.permanence.councils;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose children a caller may see, from the identity the gateway verified: the councils named in the token, and
 * every member council of the token's RAA. A call without a verified identity (never routed by the gateway: an
 * operator or a test on the service's own port) is {@link #internal()} and unrestricted.
 */
public record Tenant(Set<String> councils, boolean internal) {

    public static final String USER_HEADER = "X-Permanence-User";
    public static final String COUNCILS_HEADER = "X-Permanence-La";
    public static final String RAA_HEADER = "X-Permanence-Raa";

    public static Tenant of(String user, String councilCodes, String raa, Councils platform) {
        if (user == null) {
            return new Tenant(Set.of(), true);
        }
        Set<String> visible = new HashSet<>();
        if (councilCodes != null && !councilCodes.isBlank()) {
            visible.addAll(Arrays.stream(councilCodes.split(",")).map(String::trim).collect(Collectors.toSet()));
        }
        if (raa != null && !raa.isBlank()) {
            visible.addAll(platform.ofRaa(raa));
        }
        return new Tenant(Set.copyOf(visible), false);
    }

    public boolean canSee(String laCode) {
        return internal || councils.contains(laCode);
    }
}
