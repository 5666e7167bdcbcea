package uk.permanence.reporting.dataquality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which children on the adoption pathway lack a date the SSDA903 return needs, from hand-made pathways, no HTTP. */
class MissingMilestonesTest {

    @Test
    void eachGapIsCountedAndAChildWithSeveralGapsOnce() {
        List<MissingMilestones.Pathway> children = List.of(
                // complete: decided, ordered, matched, placed, adopted
                new MissingMilestones.Pathway(true, true, true, true, true),
                // placed with neither a decision nor a match: two gaps, one child
                new MissingMilestones.Pathway(false, false, false, true, false),
                // adopted without a placement on record
                new MissingMilestones.Pathway(true, true, true, false, true));

        assertThat(MissingMilestones.Missing.of(children))
                .isEqualTo(new MissingMilestones.Missing(3, 2, 67, 1, 1, 1));
    }

    @Test
    void noChildrenOnThePathwayIsNoGapsRatherThanADivisionByZero() {
        assertThat(MissingMilestones.Missing.of(List.of())).isEqualTo(new MissingMilestones.Missing(0, 0, 0, 0, 0, 0));
    }
}
