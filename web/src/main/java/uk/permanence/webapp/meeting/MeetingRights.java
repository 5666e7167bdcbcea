package uk.permanence.webapp.meeting;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.permanence.access.RoleTable;

/** Who may agree and close a child's actions and acknowledge alerts, by the one role table the API enforces. */
final class MeetingRights {

    private MeetingRights() {
    }

    static boolean mayAgreeActions(String role) {
        return may(role, "POST", "/api/cases/any/actions") && may(role, "PATCH", "/api/cases/any/actions/1");
    }

    static boolean mayAcknowledge(String role) {
        return may(role, "POST", "/api/alerts/1/acknowledgement");
    }

    /** The first row of the table whose method and path match decides. */
    private static boolean may(String role, String method, String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        return RoleTable.GRANTS.stream()
                .filter(grant -> grant.method().equals(method) && grant.paths().stream()
                        .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(parsed)))
                .findFirst().map(grant -> grant.roles().contains(role)).orElse(false);
    }
}
