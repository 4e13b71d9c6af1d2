package org.mostra4j.adapters.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a {@link PlotSpec} as a PNG with JFreeChart (headless; needs fonts for the text). */
final class JFreeChartRenderer {
    static final int WIDTH = 900;
    static final int HEIGHT = 600;

    private JFreeChartRenderer() {
    }

    static void render(PlotSpec plot, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        plot.series().forEach((name, points) -> data.addSeries(series(name, points)));
        JFreeChart chart = ChartFactory.createXYLineChart(plot.title(), plot.xLabel(), plot.yLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot xy = chart.getXYPlot();
        xy.setBackgroundPaint(java.awt.Color.WHITE);
        xy.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        xy.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        xy.setRenderer(renderer);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static XYSeries series(String name, List<double[]> points) {
        XYSeries s = new XYSeries(name, false, true);
        points.forEach(p -> s.add(p[0], p[1]));
        return s;
    }
}
