package uk.permanence.tracking.projection;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.permanence.journey.projection.RemainingMilestone;

/**
 * How projections are made ({@code tracking.projection}): the years of stage durations a median is taken over, the
 * fewest children a group's median may come from before a wider group's is used, and the national timescale each
 * stage falls back to when even all of the agency's children are too few.
 */
@ConfigurationProperties("tracking.projection")
public record ProjectionSettings(int years, int minimumSample, Map<RemainingMilestone, Integer> nationalTimescaleDays) {

    public ProjectionSettings {
        if (years < 1 || minimumSample < 1 || nationalTimescaleDays == null) {
            throw new IllegalArgumentException("tracking.projection needs years, minimum-sample (each at least 1) "
                    + "and national-timescale-days");
        }
    }
}
