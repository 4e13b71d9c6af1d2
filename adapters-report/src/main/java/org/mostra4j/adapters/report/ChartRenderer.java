package org.mostra4j.adapters.report;

import java.io.IOException;
import java.nio.file.Path;

/** Renders one trade-off chart to a raster file. The default draws with JFreeChart. */
@FunctionalInterface
public interface ChartRenderer {
    void png(PlotSpec plot, Path file) throws IOException;

    ChartRenderer JFREECHART = JFreeChartRenderer::render;
}
