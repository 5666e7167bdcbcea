package uk.permanence.identity.administration;

import java.util.Set;
import uk.permanence.access.RoleTable;
import uk.permanence.identity.people.People.Person;
import uk.permanence.identity.tokens.Tenancy;

/**
 * Who may manage whom: the platform admin (role {@code admin}, no tenant) everyone and every VAA system; a
 * council's admin the council staff of its own councils; an RAA's admin the staff of its own RAA. Only the platform
 * admin makes other admins.
 */
record Administrator(Person person) {

    private static final Set<String> COUNCIL_ROLES = Set.of(RoleTable.SOCIAL_WORKER, RoleTable.FAMILY_FINDER,
            RoleTable.TEAM_MANAGER);
    private static final Set<String> RAA_ROLES = Set.of(RoleTable.SOCIAL_WORKER, RoleTable.FAMILY_FINDER,
            RoleTable.TEAM_MANAGER, RoleTable.RAA_LEAD);

    /** Whether this person administers anything at all. */
    boolean isAdministrator() {
        return person.enabled() && (isPlatform() || person.administers());
    }

    boolean isPlatform() {
        return person.enabled() && RoleTable.ADMIN.equals(person.tenancy().role());
    }

    boolean mayManage(Tenancy target, boolean administers) {
        if (isPlatform()) {
            return true;
        }
        if (!isAdministrator() || administers) {
            return false;
        }
        Tenancy own = person.tenancy();
        if (!own.councils().isEmpty()) {
            return COUNCIL_ROLES.contains(target.role()) && !target.councils().isEmpty()
                    && own.councils().containsAll(target.councils());
        }
        return own.raa() != null && own.raa().equals(target.raa()) && RAA_ROLES.contains(target.role());
    }

    /** A council's own admin, or the platform admin. */
    boolean mayManageCouncil(String council) {
        return isPlatform() || isAdministrator() && person.tenancy().councils().contains(council);
    }

    String name() {
        return person.username();
    }
}
