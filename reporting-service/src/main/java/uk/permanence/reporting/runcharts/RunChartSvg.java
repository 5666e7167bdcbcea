package uk.permanence.reporting.runcharts;

import java.util.List;
import java.util.Locale;

/** Draws a run chart as a self-contained SVG that pastes into a board report: points, centre line, signals. */
final class RunChartSvg {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 340;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private RunChartSvg() {
    }

    static String render(RunChart chart, String scope) {
        List<RunChart.Point> points = chart.points();
        double max = points.stream().filter(point -> point.median() != null)
                .mapToDouble(RunChart.Point::median).max().orElse(1);
        double top = Math.max(1, Math.ceil(max * 1.1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(LEFT, 22, escape(chart.description() + " (" + scope + "), median days by month"), 14));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#444", null));
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#444", null));
        for (double tick : new double[] {0, top / 2, top}) {
            double y = y(tick, top);
            svg.append(text(8, y + 4, String.format(Locale.ROOT, "%.0f", tick), 11));
        }
        for (int i = 0; i < points.size(); i += Math.max(1, points.size() / 6)) {
            svg.append(text(x(i, points.size()) - 18, HEIGHT - BOTTOM + 18, points.get(i).month().toString(), 11));
        }
        if (chart.centreLine() != null) {
            double y = y(chart.centreLine(), top);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#888", "6 4"));
            svg.append(text(WIDTH - RIGHT - 120, y - 6, String.format(Locale.ROOT, "median %.1f", chart.centreLine()), 11));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            RunChart.Point point = points.get(i);
            if (point.median() == null) {
                continue;
            }
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
                    x(i, points.size()), y(point.median(), top)));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\"/>\n");
        for (int i = 0; i < points.size(); i++) {
            RunChart.Point point = points.get(i);
            if (point.median() != null) {
                String colour = inSignal(chart, point) ? "#c0392b" : "#1d4f91";
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n",
                        x(i, points.size()), y(point.median(), top), colour));
            }
        }
        int row = 0;
        for (RunChart.Signal signal : chart.signals()) {
            svg.append(text(LEFT + 10, TOP + 14 + 14 * row++, signal.type() + " (" + signal.direction() + ") "
                    + signal.from() + " to " + signal.to(), 11));
        }
        return svg.append("</svg>\n").toString();
    }

    private static boolean inSignal(RunChart chart, RunChart.Point point) {
        return chart.signals().stream().anyMatch(signal ->
                !point.month().isBefore(signal.from()) && !point.month().isAfter(signal.to()));
    }

    private static double x(int index, int count) {
        return LEFT + (count <= 1 ? 0 : index * (double) (WIDTH - LEFT - RIGHT - 10) / (count - 1)) + 5;
    }

    private static double y(double value, double top) {
        return HEIGHT - BOTTOM - value / top * (HEIGHT - TOP - BOTTOM);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1, y1, x2, y2, colour, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String content, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\">%s</text>%n", x, y, size,
                content);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
