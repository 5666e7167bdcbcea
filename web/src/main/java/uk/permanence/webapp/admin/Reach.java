package uk.permanence.webapp.admin;

import java.util.List;
import uk.permanence.access.RoleTable;

/**
 * What the signed-in person's access token says they administer: the platform (role {@code admin}), or a council's
 * or an RAA's people ({@code administers}, with their councils or RAA). The pages use it only to show or hide what
 * the person may do; the identity service decides every call from the stored account.
 */
public record Reach(boolean administers, boolean platform, List<String> councils, String raa) {

    static final Reach NONE = new Reach(false, false, List.of(), null);

    /** The roles this admin may give: a council's staff roles, an RAA's (with its lead), or any for the platform. */
    public List<String> roles() {
        if (platform) {
            return RoleTable.ROLES;
        }
        return raa != null ? List.of(RoleTable.SOCIAL_WORKER, RoleTable.FAMILY_FINDER, RoleTable.TEAM_MANAGER,
                RoleTable.RAA_LEAD) : List.of(RoleTable.SOCIAL_WORKER, RoleTable.FAMILY_FINDER, RoleTable.TEAM_MANAGER);
    }
}
