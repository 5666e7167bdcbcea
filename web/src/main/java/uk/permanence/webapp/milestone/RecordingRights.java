package uk.permanence.webapp.milestone;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.permanence.access.RoleTable;

/**
 * Which milestones a role may record, by the one role table the gateway and the services enforce
 * ({@link RoleTable}): the first row whose method and path match a milestone's POST decides.
 */
final class RecordingRights {

    private RecordingRights() {
    }

    static boolean mayRecord(String role, String milestone) {
        PathContainer path = PathContainer.parsePath("/api/cases/any/" + milestone);
        return RoleTable.GRANTS.stream()
                .filter(grant -> grant.method().equals("POST") && grant.paths().stream()
                        .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(path)))
                .findFirst().map(grant -> grant.roles().contains(role)).orElse(false);
    }
}
