package uk.permanence.reporting.dataquality;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.AdoptionOrderGranted;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.events.ChildMatched;
import uk.permanence.events.ChildPlacedForAdoption;
import uk.permanence.events.PlacementOrderGranted;
import uk.permanence.reporting.knowledge.AsKnown;

/**
 * Children on the adoption pathway whose record lacks a date the SSDA903 return needs: AD1's DATE_INT (the ADM
 * decision) for a child with an order, match or placement; DATE_MATCH for a child placed; PlacedAdoption's
 * DATE_PLACED for a child adopted.
 */
final class MissingMilestones {

    private MissingMilestones() {
    }

    record Pathway(boolean decided, boolean ordered, boolean matched, boolean placed, boolean adopted) {

        boolean withoutDecision() {
            return !decided && (ordered || matched || placed);
        }

        boolean placedWithoutMatch() {
            return placed && !matched;
        }

        boolean adoptedWithoutPlacement() {
            return adopted && !placed;
        }

        boolean hasGap() {
            return withoutDecision() || placedWithoutMatch() || adoptedWithoutPlacement();
        }
    }

    /** How many children on the adoption pathway, how many (and what share, to a whole percent) lack which date. */
    record Missing(long childrenOnAdoptionPathway, long childrenWithGaps, long percentWithGaps,
                   long withoutAdoptionDecision, long placedWithoutMatch, long adoptedWithoutPlacement) {

        static Missing of(List<Pathway> children) {
            long withGaps = children.stream().filter(Pathway::hasGap).count();
            return new Missing(children.size(), withGaps,
                    children.isEmpty() ? 0 : Math.round(withGaps * 100.0 / children.size()),
                    children.stream().filter(Pathway::withoutDecision).count(),
                    children.stream().filter(Pathway::placedWithoutMatch).count(),
                    children.stream().filter(Pathway::adoptedWithoutPlacement).count());
        }
    }

    static Missing count(JdbcClient jdbc, Set<String> scope, AsKnown known) {
        return Missing.of(known.bind(jdbc.sql("""
                        select bool_or(type = :decided) as decided, bool_or(type = :ordered) as ordered,
                               bool_or(type = :matched) as matched, bool_or(type = :placed) as placed,
                               bool_or(type = :adopted) as adopted
                        from milestone_event e where la_code in (:councils) and """ + known.rows("e") + """
                        group by case_id
                        having bool_or(type in (:decided, :ordered, :matched, :placed, :adopted))"""))
                .param("decided", CaseEventTypes.wireNameOf(AdoptionDecisionMade.class))
                .param("ordered", CaseEventTypes.wireNameOf(PlacementOrderGranted.class))
                .param("matched", CaseEventTypes.wireNameOf(ChildMatched.class))
                .param("placed", CaseEventTypes.wireNameOf(ChildPlacedForAdoption.class))
                .param("adopted", CaseEventTypes.wireNameOf(AdoptionOrderGranted.class))
                .param("councils", scope)
                .query(Pathway.class).list());
    }
}
