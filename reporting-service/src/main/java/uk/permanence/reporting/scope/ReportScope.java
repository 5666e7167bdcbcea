package uk.permanence.reporting.scope;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.web.FieldProblem;

/** Which councils a report covers: one council ({@code la}) or all of an RAA's ({@code raa}), if the caller may see them. */
public final class ReportScope {

    private ReportScope() {
    }

    public static Set<String> of(String la, String raa, Councils councils, Tenant tenant) {
        if ((la == null) == (raa == null)) {
            throw FieldProblem.badRequest(la == null ? "la" : "raa", "give either la or raa, not both or neither");
        }
        Set<String> scope = la != null ? Set.of(la) : councils.ofRaa(raa);
        if (scope.isEmpty()) {
            throw FieldProblem.badRequest("raa", "no RAA with this id is on the platform");
        }
        if (!scope.stream().allMatch(tenant::canSee)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        return scope;
    }
}
