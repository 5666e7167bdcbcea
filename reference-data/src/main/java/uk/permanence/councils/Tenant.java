package uk.permanence.councils;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling and whose children they may see, from the verified token only: the councils named in it, every
 * council that is a member of its RAA today, and for a VAA's worker ({@code vaa}) only the children shared with
 * that VAA.
 */
public record Tenant(String user, String role, Set<String> councils, String raa, String vaa) {

    public static Tenant of(String user, String role, Collection<String> councilCodes, String raa, String vaa,
                            Councils platform, LocalDate today) {
        Set<String> visible = new HashSet<>();
        if (councilCodes != null) {
            councilCodes.stream().map(String::trim).filter(code -> !code.isEmpty()).forEach(visible::add);
        }
        String agency = raa == null || raa.isBlank() ? null : raa;
        if (agency != null) {
            visible.addAll(platform.ofRaa(agency, today));
        }
        return new Tenant(user, role, Set.copyOf(visible), agency, vaa == null || vaa.isBlank() ? null : vaa);
    }

    /** Whether the caller sees this council's children in full. */
    public boolean canSee(String laCode) {
        return councils.contains(laCode);
    }

    /** Whether the caller acts for this RAA as a whole (its reports of any period, whoever its members were then). */
    public boolean actsFor(String raa) {
        return this.raa != null && this.raa.equals(raa);
    }

    /** Whether the caller is a VAA with which a case shared with {@code vaas} is shared. */
    public boolean isSharedWith(Set<String> vaas) {
        return vaa != null && vaas.contains(vaa);
    }

    /** The councils, RAA-derived councils or VAA the caller acts for, for the audit trail. */
    public String describe() {
        return vaa != null ? "vaa " + vaa : "councils " + String.join(",", new TreeSet<>(councils));
    }
}
