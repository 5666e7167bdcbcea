package uk.permanence.webapp.admin;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.permanence.access.RoleTable;

/** The roles as the admin pages name them; the pages call it as {@code @roleNames}. */
@Component("roleNames")
public class RoleNames {

    private static final Map<String, String> NAMES = Map.of(RoleTable.SOCIAL_WORKER, "Social worker",
            RoleTable.FAMILY_FINDER, "Family-finder", RoleTable.TEAM_MANAGER, "Team manager", RoleTable.RAA_LEAD,
            "RAA lead", RoleTable.VAA_WORKER, "VAA worker", RoleTable.OPS, "Ops", RoleTable.ADMIN, "Platform admin");

    public String of(String role) {
        return role == null ? "" : NAMES.getOrDefault(role, role);
    }
}
