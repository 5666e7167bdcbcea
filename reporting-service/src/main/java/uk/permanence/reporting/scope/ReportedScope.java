package uk.permanence.reporting.scope;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The councils a report covers, as every report echoes them: one council ({@code la}), or an RAA ({@code raa}) with
 * the member councils the report counted ({@code councils}, in code order).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportedScope(String la, String raa, SortedSet<String> councils) {

    /** {@code councils} as {@link ReportScope#of} resolved them for {@code la} or {@code raa}. */
    public static ReportedScope of(String la, String raa, Set<String> councils) {
        return la != null ? new ReportedScope(la, null, null) : new ReportedScope(null, raa, new TreeSet<>(councils));
    }
}
