package uk.permanence.reporting.runcharts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.permanence.reporting.statistics.Averages;

/**
 * A monthly series with its centre line (the median of the points) and the usual run-chart signals: a shift
 * (six or more points in a row on the same side of the centre line; points on it neither count nor break the run)
 * and a trend (five or more points in a row each rising, or each falling; repeated values neither count nor break).
 */
record RunChart(String measure, String description, List<Point> points, Double centreLine, List<Signal> signals) {

    static final int SHIFT = 6;
    static final int TREND = 5;

    /**
     * One month: the median days over the children whose clock stopped that month (null when there were none), how
     * many children that was, and whether they are too few to act on the point alone.
     */
    record Point(YearMonth month, Double median, int children, boolean smallNumber) {
    }

    record Signal(String type, String direction, YearMonth from, YearMonth to) {
    }

    static RunChart of(String measure, String description, List<Point> points) {
        List<Point> plotted = points.stream().filter(point -> point.median() != null).toList();
        Double centre = Averages.medianOf(plotted.stream().map(Point::median).toList());
        List<Signal> signals = new ArrayList<>();
        if (centre != null) {
            signals.addAll(shifts(plotted, centre));
        }
        signals.addAll(trends(plotted));
        return new RunChart(measure, description, points, centre, signals);
    }

    private static List<Signal> shifts(List<Point> points, double centre) {
        List<Signal> found = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        int side = 0;
        for (Point point : points) {
            int pointSide = Double.compare(point.median(), centre);
            if (pointSide == 0) {
                continue;
            }
            if (pointSide != side) {
                addIfLongEnough(found, run, SHIFT, "shift", side > 0 ? "above" : "below");
                run.clear();
                side = pointSide;
            }
            run.add(point);
        }
        addIfLongEnough(found, run, SHIFT, "shift", side > 0 ? "above" : "below");
        return found;
    }

    private static List<Signal> trends(List<Point> points) {
        List<Signal> found = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        int direction = 0;
        for (Point point : points) {
            if (run.isEmpty()) {
                run.add(point);
                continue;
            }
            int step = Double.compare(point.median(), run.get(run.size() - 1).median());
            if (step == 0) {
                continue;
            }
            if (direction != 0 && step != direction) {
                addIfLongEnough(found, run, TREND, "trend", direction > 0 ? "rising" : "falling");
                Point turn = run.get(run.size() - 1);
                run.clear();
                run.add(turn);
            }
            direction = step;
            run.add(point);
        }
        addIfLongEnough(found, run, TREND, "trend", direction > 0 ? "rising" : "falling");
        return found;
    }

    private static void addIfLongEnough(List<Signal> found, List<Point> run, int length, String type,
                                        String direction) {
        if (run.size() >= length) {
            found.add(new Signal(type, direction, run.get(0).month(), run.get(run.size() - 1).month()));
        }
    }
}
