package org.mostra4j.adapters.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.application.port.out.WriteReportPort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.EvaluationReport;

/**
 * Writes an evaluation into a folder: {@code report.md}, {@code report.html} (interactive, self-contained: opens
 * offline; with the frontier evaluation's charts when the folder holds a {@code frontier.json}), {@code report.json}
 * and one trade-off plot per
 * objective ({@code tradeoff-<objective>.png}, or {@code .svg} when the PNG cannot be drawn, e.g. no
 * fonts on a headless machine).
 */
public final class ReportWriter implements WriteReportPort {
    private final ChartRenderer renderer;

    public ReportWriter(ChartRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    public static ReportWriter withJFreeChart() {
        return new ReportWriter(ChartRenderer.JFREECHART);
    }

    @Override
    public String table(EvaluationReport report) {
        return MainTable.render(report);
    }

    @Override
    public String json(EvaluationReport report) {
        return ReportJson.render(report);
    }

    @Override
    public Written write(EvaluationReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        TradeOffCurves curves = TradeOffCurves.of(report);
        List<String> plotNames = new ArrayList<>();
        for (ObjectiveId o : report.objectives()) {
            Path plot = plot(PlotSpec.of(curves, o, report.k()), dir, "tradeoff-" + o.value(), warnings);
            files.add(plot);
            plotNames.add(plot.getFileName().toString());
        }
        String json = ReportJson.render(report);
        // a frontier evaluation written into this folder before (the demo's next stage, or an earlier run) joins the page
        Optional<String> frontier = ReportParts.read(dir, ReportParts.FRONTIER, "methods", warnings);
        files.add(0, Files.writeString(dir.resolve(ReportParts.EVALUATION), json));
        files.add(0, Files.writeString(dir.resolve("report.html"), ReportHtml.page(Optional.of(json), frontier,
                Optional.empty())));
        files.add(0, Files.writeString(dir.resolve("report.md"), ReportMarkdown.render(report, plotNames)));
        return new Written(files, warnings);
    }

    /**
     * Draws one chart as {@code dir/name.png}, or {@code dir/name.svg} when the PNG cannot be drawn (a
     * warning saying why is added); returns the file written.
     */
    public Path chart(PlotSpec spec, Path dir, String name, List<String> warnings) throws IOException {
        Files.createDirectories(dir);
        return plot(spec, dir, name, warnings);
    }

    private Path plot(PlotSpec spec, Path dir, String name, List<String> warnings) throws IOException {
        Path png = dir.resolve(name + ".png");
        try {
            renderer.png(spec, png);
            return png;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (UncheckedIOException | IOException e) {
            throw e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
        } catch (RuntimeException | Error e) {
            // AWT without fonts fails from the font manager: measured on Java 17 with no fonts installed,
            // java.lang.InternalError (a VirtualMachineError) wrapping "Fontconfig head is null"; later
            // calls get NoClassDefFoundError. Older setups throw Error("Probable fatal error: No fonts found.")
            Files.deleteIfExists(png);
            warnings.add(name + ".png could not be drawn (" + describe(e) + "); wrote " + name + ".svg instead");
            return Files.writeString(dir.resolve(name + ".svg"), SvgPlot.render(spec));
        }
    }

    /** The innermost cause, which names the real problem (e.g. "Fontconfig head is null"). */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m.strip());
    }
}
