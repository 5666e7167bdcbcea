package uk.permanence.webapp.child;

import uk.permanence.webapp.api.Timeliness;

/**
 * One of a child's clocks drawn against its threshold, as an SVG {@value #WIDTH} units wide: a bar for the days
 * counted and a line where the threshold falls, on a scale a tenth longer than the larger of the two.
 */
public record ClockChart(String name, String meaning, Timeliness.Clock clock, int barWidth, int thresholdX) {

    public static final int WIDTH = 400;

    static ClockChart of(String name, String meaning, Timeliness.Clock clock) {
        if (clock == null) {
            return new ClockChart(name, meaning, null, 0, 0);
        }
        double scale = Math.max(1, Math.max(clock.days(), clock.thresholdDays()) * 1.1);
        return new ClockChart(name, meaning, clock, (int) Math.round(clock.days() / scale * WIDTH),
                (int) Math.round(clock.thresholdDays() / scale * WIDTH));
    }

    public int width() {
        return WIDTH;
    }

    public boolean applies() {
        return clock != null;
    }

    public boolean overThreshold() {
        return clock != null && clock.days() > clock.thresholdDays();
    }

    /** Days to the threshold, or past it when negative. */
    public long daysToThreshold() {
        return clock.thresholdDays() - clock.days();
    }
}
