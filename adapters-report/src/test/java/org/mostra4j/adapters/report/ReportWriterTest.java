package org.mostra4j.adapters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.catalog.ObjectiveId;

/** The report renders, falls back to SVG without fonts, and the trade-off points are the % changes. */
class ReportWriterTest {
    @TempDir
    Path dir;

    static EvaluationReport report() {
        List<ObjectiveId> objectives = List.of(ObjectiveId.EXPOSURE);
        PolicyLabel ref = PolicyLabel.of("sat-only");
        Estimate one = new Estimate(1, 1, 1);
        PolicyResult sat = new PolicyResult(ref, Map.of("sat_true", new Estimate(5, 4.8, 5.2), "count_exposure", one),
                Map.of("sat_true", new Estimate(0, 0, 0), "count_exposure", new Estimate(0, 0, 0)), 10);
        PolicyResult eps1 = new PolicyResult(new PolicyLabel("mostra-eps", "epsilon", 0.1),
                Map.of("sat_true", new Estimate(4.95, 4.7, 5.1)),
                Map.of("sat_true", new Estimate(-1, -1.5, -0.5), "count_exposure", new Estimate(80, 60, 100)), 10);
        PolicyResult eps0 = new PolicyResult(new PolicyLabel("mostra-eps", "epsilon", 0.05),
                Map.of("sat_true", new Estimate(4.99, 4.7, 5.1)),
                Map.of("sat_true", new Estimate(-0.2, -0.3, -0.1), "count_exposure", new Estimate(40, 30, 50)), 10);
        return new EvaluationReport(10, 10, 0, 50, 1, ref, true, objectives,
                MetricLayout.of(objectives, 10).metrics(), List.of(sat, eps1, eps0), List.of("a note <&>"));
    }

    @Test
    void curvesAreSortedByKnobWithLossAsNegatedSatChange() {
        TradeOffCurves c = TradeOffCurves.of(report());
        List<TradeOffCurves.Point> points = c.curves().get(ObjectiveId.EXPOSURE).get("mostra-eps");
        assertEquals(2, points.size());
        assertEquals(0.05, points.get(0).knob());
        assertEquals(0.2, points.get(0).satLoss(), 1e-12);
        assertEquals(40, points.get(0).gain(), 1e-12);
        assertEquals(40, c.best(ObjectiveId.EXPOSURE, "mostra-eps", 0.5).orElseThrow().gain(), 1e-12);
        assertEquals(80, c.best(ObjectiveId.EXPOSURE, "mostra-eps", 1.0).orElseThrow().gain(), 1e-12);
        assertTrue(c.best(ObjectiveId.EXPOSURE, "mostra-eps", 0.1).isEmpty());
    }

    @Test
    void plotsLeaveOffSettingsLosingMoreThanTenPercent() {
        EvaluationReport base = report();
        PolicyResult far = new PolicyResult(PolicyLabel.of("logged"), Map.of(),
                Map.of("sat_true", new Estimate(-23, -25, -21), "count_exposure", new Estimate(40, 30, 50)), 10);
        List<PolicyResult> all = new java.util.ArrayList<>(base.policies());
        all.add(far);
        EvaluationReport r = new EvaluationReport(10, 10, 0, 50, 1, base.reference(), true, base.objectives(),
                base.metrics(), all, base.notes());
        assertTrue(TradeOffCurves.of(r).curves().get(ObjectiveId.EXPOSURE).containsKey("logged"));
        PlotSpec plot = PlotSpec.of(TradeOffCurves.of(r), ObjectiveId.EXPOSURE, 10);
        assertEquals(List.of("mostra-eps"), List.copyOf(plot.series().keySet()));
    }

    @Test
    void withoutFontsThePlotIsWrittenAsSvg() throws Exception {
        ReportWriter writer = new ReportWriter((plot, file) -> {
            throw new Error("Probable fatal error:No fonts found.");
        });
        ReportWriter.Written w = writer.write(report(), dir);
        Path svg = dir.resolve("tradeoff-exposure.svg");
        assertTrue(Files.exists(svg));
        assertFalse(Files.exists(dir.resolve("tradeoff-exposure.png")));
        assertTrue(w.warnings().get(0).contains("No fonts found"), w.warnings().toString());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(Files.readString(svg).contains("mostra-eps"));
        assertTrue(Files.readString(dir.resolve("report.md")).contains("tradeoff-exposure.svg"));
    }

    @Test
    void theInternalErrorOfJava17WithoutFontsAlsoFallsBackToSvg() throws IOException {
        ReportWriter writer = new ReportWriter((plot, file) -> {
            Files.writeString(file, "");
            throw new InternalError("java.lang.RuntimeException: Fontconfig head is null, check your fonts");
        });
        ReportWriter.Written w = writer.write(report(), dir);
        assertTrue(Files.exists(dir.resolve("tradeoff-exposure.svg")));
        assertFalse(Files.exists(dir.resolve("tradeoff-exposure.png")), "no empty PNG is left behind");
        assertTrue(w.warnings().get(0).contains("Fontconfig head is null"), w.warnings().toString());
    }

    @Test
    void pngIsAPngWhenFontsExist() throws IOException {
        ReportWriter.Written w = ReportWriter.withJFreeChart().write(report(), dir);
        Path png = dir.resolve("tradeoff-exposure.png");
        if (w.warnings().isEmpty()) {
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
            assertEquals("\u0089PNG", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        } else {
            assertTrue(Files.exists(dir.resolve("tradeoff-exposure.svg")), w.warnings().toString());
        }
    }

    @Test
    void markdownExplainsTheNumbersAndListsEveryPolicy() {
        String md = ReportMarkdown.render(report(), List.of("tradeoff-exposure.png"));
        assertTrue(md.contains("## How to read the numbers"));
        assertTrue(md.contains("- a note <&>"));
        assertTrue(md.contains("| mostra-eps[epsilon=0.1] |"), md);
        assertTrue(md.contains("-1.00% [-1.50, -0.50]"), md);
        assertTrue(md.contains("| mostra-eps | +40.00 | +80.00 | +80.00 | +80.00 |"), md);
        assertFalse(md.contains("NaN"));
        assertTrue(md.contains("- **exposure**: loss ≤ 0.5%: mostra-eps[epsilon=0.05] (+40.0%, loss 0.20%); loss ≤ 1.0%:"
                + " mostra-eps[epsilon=0.1] (+80.0%, loss 1.00%);"), md);
    }
}
