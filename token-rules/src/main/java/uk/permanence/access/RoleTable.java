package uk.permanence.access;

import java.util.List;
import java.util.Set;

/**
 * What each role may do, by route: the one table the gateway and every service enforce, so that a call made
 * straight to a service's port is refused exactly as it is at the gateway ({@code docs/access.md} says the same in
 * words). Rows are tried in order and the first whose method and path match decides; a call no row matches is
 * refused. Which children a caller sees is decided by tenancy in each service, not here.
 */
public final class RoleTable {

    public static final String SOCIAL_WORKER = "social-worker";
    public static final String FAMILY_FINDER = "family-finder";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String RAA_LEAD = "raa-lead";
    public static final String VAA_WORKER = "vaa-worker";
    public static final String OPS = "ops";
    public static final String ADMIN = "admin";

    public static final List<String> ROLES = List.of(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, RAA_LEAD,
            VAA_WORKER, OPS, ADMIN);

    /** The milestones of family-finding, which a VAA records for the children shared with it. */
    public static final List<String> FAMILY_FINDING = List.of("/api/cases/*/adopter-links",
            "/api/cases/*/adopter-link-ends", "/api/cases/*/match", "/api/cases/*/placement-for-adoption");
    public static final List<String> ALLOCATION_AND_SHARING = List.of("/api/cases/*/allocation",
            "/api/cases/*/family-finder-allocation", "/api/cases/*/vaa-shares", "/api/cases/*/vaa-unshares");

    public static final List<Grant> GRANTS = List.of(
            new Grant("GET", List.of("/api/cases", "/api/cases/*"),
                    Set.of(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, RAA_LEAD, VAA_WORKER)),
            new Grant("GET", List.of("/api/cases/*/**", "/api/alerts", "/api/surgery", "/api/caseload"),
                    Set.of(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, RAA_LEAD)),
            new Grant("POST", FAMILY_FINDING, Set.of(SOCIAL_WORKER, FAMILY_FINDER, TEAM_MANAGER, VAA_WORKER)),
            new Grant("POST", ALLOCATION_AND_SHARING, Set.of(TEAM_MANAGER, RAA_LEAD)),
            new Grant("POST", List.of("/api/cases", "/api/cases/**"), Set.of(SOCIAL_WORKER, TEAM_MANAGER)),
            // an agreed action is done or dropped by those who record the case's milestones
            new Grant("PATCH", List.of("/api/cases/*/actions/*"), Set.of(SOCIAL_WORKER, TEAM_MANAGER)),
            // setting an alert aside from the meeting's urgent block is a manager's decision, with a justification
            new Grant("POST", List.of("/api/alerts/*/acknowledgement"), Set.of(TEAM_MANAGER)),
            new Grant("GET", List.of("/api/reports/**", "/api/exports/**"), Set.of(TEAM_MANAGER, RAA_LEAD)),
            // importing a council's SSDA903 history records every milestone of its children: its team manager
            // (who both records and oversees the council's cases) or its RAA's lead, never a single worker
            new Grant("POST", List.of("/api/imports/ssda903"), Set.of(TEAM_MANAGER, RAA_LEAD)),
            new Grant("GET", List.of("/api/imports/*", "/api/imports/*/report"), Set.of(TEAM_MANAGER, RAA_LEAD)),
            new Grant("GET", List.of("/api/audit"), Set.of(ADMIN)));

    /** Reference data anyone may read ({@code GET}) without a token: it describes no child. */
    public static final List<String> OPEN_READS = List.of("/api/councils");

    /** A service's own operations ({@code /admin/**} on its port; the gateway never routes them). */
    public static final Set<String> OPERATORS = Set.of(ADMIN, OPS);

    private RoleTable() {
    }
}
