package uk.permanence.tracking.projection;

import java.time.LocalDate;
import java.util.Set;

/**
 * The financial year's scorecard measures for a council or an RAA: over the children adopted so far this year, and
 * over those and the children waiting whose projected adoption order falls within the year, each counted at their
 * projected placement ({@code projected}). Means in days, rounded half up; null over no children.
 */
public record ProjectedScorecard(String la, String raa, Set<String> councils, LocalDate from, LocalDate to,
                                 LocalDate asOf, int a3PlacedWithinMonths, Measures soFar, Measures projected) {

    /**
     * @param a2Children the children with a placement order, whom A2 is over
     * @param a3Percent  the share placed within {@code a3PlacedWithinMonths} of entering care
     */
    public record Measures(int children, Long a1, Long a10, Long a2, int a2Children, Long a3Percent) {
    }
}
