package org.mostra4j.adapters.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link PlotSpec} as SVG text by hand: no fonts are needed where it is written (the viewer
 * renders the text), so it is the fallback when the machine cannot draw text into a PNG.
 */
final class SvgPlot {
    private static final int W = 900;
    private static final int H = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 220;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#000000"};

    private SvgPlot() {
    }

    static String render(PlotSpec plot) {
        double[] box = bounds(plot.series());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                W, H));
        text(svg, W / 2.0, 25, "middle", 16, plot.title());
        text(svg, LEFT + (W - LEFT - RIGHT) / 2.0, H - 20, "middle", 12, plot.xLabel());
        svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 20 %.1f)\">%s</text>%n",
                TOP + (H - TOP - BOTTOM) / 2.0, TOP + (H - TOP - BOTTOM) / 2.0, escape(plot.yLabel())));
        axes(svg, box);
        int c = 0;
        for (Map.Entry<String, List<double[]>> e : plot.series().entrySet()) {
            String colour = COLOURS[c % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double[] p : e.getValue()) {
                double x = x(p[0], box);
                double y = y(p[1], box);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                    colour, points.toString().strip()));
            double ly = TOP + 10 + 18 * c;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    W - RIGHT + 20, ly, W - RIGHT + 45, ly, colour));
            text(svg, W - RIGHT + 52, ly + 4, "start", 12, e.getKey());
            c++;
        }
        return svg.append("</svg>\n").toString();
    }

    /** min x, max x, min y, max y over all points, padded, always containing the origin. */
    private static double[] bounds(Map<String, List<double[]>> series) {
        double[] b = {0, 0, 0, 0};
        series.values().forEach(points -> points.forEach(p -> {
            b[0] = Math.min(b[0], p[0]);
            b[1] = Math.max(b[1], p[0]);
            b[2] = Math.min(b[2], p[1]);
            b[3] = Math.max(b[3], p[1]);
        }));
        double px = Math.max(1e-9, (b[1] - b[0]) * 0.05);
        double py = Math.max(1e-9, (b[3] - b[2]) * 0.05);
        return new double[] {b[0] - px, b[1] + px, b[2] - py, b[3] + py};
    }

    private static double x(double v, double[] b) {
        return LEFT + (v - b[0]) / (b[1] - b[0]) * (W - LEFT - RIGHT);
    }

    private static double y(double v, double[] b) {
        return H - BOTTOM - (v - b[2]) / (b[3] - b[2]) * (H - TOP - BOTTOM);
    }

    private static void axes(StringBuilder svg, double[] b) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM));
        for (int i = 0; i <= 5; i++) {
            double vx = b[0] + (b[1] - b[0]) * i / 5;
            double vy = b[2] + (b[3] - b[2]) * i / 5;
            text(svg, x(vx, b), H - BOTTOM + 18, "middle", 11, String.format(Locale.ROOT, "%.2f", vx));
            text(svg, LEFT - 6, y(vy, b) + 4, "end", 11, String.format(Locale.ROOT, "%.1f", vy));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"4\"/>%n",
                x(0, b), TOP, x(0, b), H - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\" stroke-dasharray=\"4\"/>%n",
                LEFT, y(0, b), W - RIGHT, y(0, b)));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String s) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(s)));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
