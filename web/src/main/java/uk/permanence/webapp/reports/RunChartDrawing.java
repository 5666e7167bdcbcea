package uk.permanence.webapp.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A run chart laid out for an inline SVG drawn on the server: each month's median as a point (a square when the
 * month is in a shift or trend, so that a signal is not shown by colour alone), the line joining them, the dashed
 * centre line, and the axes' labels. The same figures are in a table below the chart.
 */
record RunChartDrawing(String id, String title, String description, List<Plot> points, String path,
                       String centreY, List<Tick> yTicks, List<Tick> xTicks, List<String> signals) {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    static final int LEFT = 60;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 50;
    private static final int X_LABELS = 6;

    /** One month's point: where it is drawn, whether a signal covers it, and what it says. */
    record Plot(String x, String y, String corner, boolean inSignal, String label) {
    }

    record Tick(String x, String y, String label) {
    }

    static RunChartDrawing of(RunCharts.Chart chart, ReportWording words) {
        List<RunCharts.Point> months = chart.points();
        double max = months.stream().filter(point -> point.median() != null).mapToDouble(RunCharts.Point::median)
                .max().orElse(0);
        double top = niceTop(Math.max(max, chart.centreLine() == null ? 0 : chart.centreLine()));
        List<Plot> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            RunCharts.Point point = months.get(i);
            if (point.median() == null) {
                continue;
            }
            double x = x(i, months.size());
            double y = y(point.median(), top);
            boolean inSignal = chart.signals().stream().anyMatch(signal -> signal.covers(point.month()));
            points.add(new Plot(n(x), n(y), n(x - 4) + " " + n(y - 4), inSignal,
                    words.month(point.month()) + ": median " + words.days(point.median()) + ", "
                            + point.children() + (point.children() == 1 ? " child" : " children")));
            path.append(path.isEmpty() ? "M" : " L").append(n(x)).append(' ').append(n(y));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double value : new double[] {0, top / 2, top}) {
            yTicks.add(new Tick(n(LEFT - 8), n(y(value, top) + 4), words.number(value)));
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(months.size() / (double) X_LABELS));
        for (int i = 0; i < months.size(); i += step) {
            xTicks.add(new Tick(n(x(i, months.size())), n(HEIGHT - BOTTOM + 20),
                    words.shortMonth(months.get(i).month())));
        }
        return new RunChartDrawing("chart-" + chart.measure(), chart.description() + ", median days by month",
                description(chart, words), points, path.toString(),
                chart.centreLine() == null ? null : n(y(chart.centreLine(), top)), yTicks, xTicks,
                chart.signals().stream().map(signal -> signal(signal, words)).toList());
    }

    private static String description(RunCharts.Chart chart, ReportWording words) {
        List<RunCharts.Point> months = chart.points();
        long plotted = months.stream().filter(point -> point.median() != null).count();
        String period = months.isEmpty() ? "" : words.month(months.get(0).month()) + " to "
                + words.month(months.get(months.size() - 1).month());
        StringBuilder text = new StringBuilder(period).append(": ").append(plotted)
                .append(plotted == 1 ? " month" : " months").append(" with a figure out of ").append(months.size());
        if (chart.centreLine() != null) {
            text.append("; centre line (median of the months) ").append(words.days(chart.centreLine()));
        }
        text.append(chart.signals().isEmpty() ? "; no shift or trend." : "; " + chart.signals().stream()
                .map(signal -> signal(signal, words)).collect(Collectors.joining("; ")) + ".");
        return text.toString();
    }

    private static String signal(RunCharts.Signal signal, ReportWording words) {
        return ("shift".equals(signal.type()) ? "a shift " + signal.direction() + " the centre line"
                : "a " + signal.direction() + " trend") + " from " + words.month(signal.from()) + " to "
                + words.month(signal.to());
    }

    /** The axis' top: a round number a little above the highest value. */
    private static double niceTop(double max) {
        if (max <= 0) {
            return 10;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max * 1.05) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double x(int index, int count) {
        return LEFT + 10 + (count <= 1 ? 0 : index * (double) (WIDTH - LEFT - RIGHT - 20) / (count - 1));
    }

    private static double y(double value, double top) {
        return HEIGHT - BOTTOM - value / top * (HEIGHT - TOP - BOTTOM);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String axisLeft() {
        return String.valueOf(LEFT);
    }

    public String axisBottom() {
        return String.valueOf(HEIGHT - BOTTOM);
    }

    public String axisRight() {
        return String.valueOf(WIDTH - RIGHT);
    }

    public String axisTop() {
        return String.valueOf(TOP);
    }
}
