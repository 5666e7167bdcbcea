package uk.permanence.reporting.scope;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.web.FieldProblem;

/**
 * Which councils a report covers: one council ({@code la}), or an RAA's ({@code raa}) as its members stood on the
 * period's last day ({@link Councils#ofRaaOverPeriod}), if the caller may see them. A caller acting for that RAA
 * may see its report of any period, whoever its members were then; anyone else must see every council in it.
 */
public final class ReportScope {

    private ReportScope() {
    }

    public static Set<String> of(String la, String raa, LocalDate periodEnd, Councils councils, Tenant tenant) {
        if ((la == null) == (raa == null)) {
            throw FieldProblem.badRequest(la == null ? "la" : "raa", "give either la or raa, not both or neither");
        }
        if (la != null) {
            if (!tenant.canSee(la)) {
                throw new ErrorResponseException(HttpStatus.NOT_FOUND);
            }
            return Set.of(la);
        }
        if (!councils.isRaa(raa)) {
            throw FieldProblem.badRequest("raa", "no RAA with this id is on the platform");
        }
        Set<String> scope = councils.ofRaaOverPeriod(raa, periodEnd);
        if (!tenant.actsFor(raa) && !scope.stream().allMatch(tenant::canSee)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        if (scope.isEmpty()) {
            throw FieldProblem.badRequest("raa", "this RAA had no member councils on " + periodEnd
                    + ", the last day of the period");
        }
        return scope;
    }
}
