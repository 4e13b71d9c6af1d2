package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mostra4j.adapters.cli.report.PlotSpec;
import org.mostra4j.adapters.cli.report.ReportWriter;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Estimate;

/**
 * The frontier report: {@code frontier.md} (the budget tables and every method's Pareto points), {@code
 * frontier.json} (the same, complete) and one plot per objective of each method's test frontier.
 */
final class FrontierReportFiles {
    private FrontierReportFiles() {
    }

    static ReportWriter.Written write(FrontierUseCase.Report r, Path dir, ReportWriter charts) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> plots = new ArrayList<>();
        for (ObjectiveId o : r.objectives()) {
            Path p = charts.chart(plot(r, o.value()), dir, "frontier-" + o.value(), warnings);
            files.add(p);
            plots.add(p.getFileName().toString());
        }
        files.add(0, Files.writeString(dir.resolve("frontier.json"), json(r)));
        files.add(0, Files.writeString(dir.resolve("frontier.md"), markdown(r, plots)));
        return new ReportWriter.Written(files, warnings);
    }

    /** Each method's test frontier for one objective: its points no other of its points beats on (loss, gain). */
    static PlotSpec plot(FrontierUseCase.Report r, String objective) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (FrontierUseCase.MethodFrontier f : r.methods()) {
            List<double[]> pts = f.pareto().stream().map(p -> p.test().orElseThrow())
                    .map(t -> new double[] {t.satLossPercent().value(), t.gain(objective)})
                    .filter(p -> p[0] <= PlotSpec.MAX_LOSS).sorted(Comparator.comparingDouble((double[] p) -> p[0]))
                    .toList();
            List<double[]> staircase = new ArrayList<>();
            double best = Double.NEGATIVE_INFINITY;
            for (double[] p : pts) {
                if (p[1] > best) {
                    staircase.add(p);
                    best = p[1];
                }
            }
            if (!staircase.isEmpty()) {
                series.put(f.method(), staircase);
            }
        }
        return new PlotSpec(objective + ": test frontier per method", (r.trueSat() ? "true" : "predicted") + " SAT@"
                + r.k() + " loss (%)", objective + "@" + r.k() + " gain (%)", series);
    }

    static String markdown(FrontierUseCase.Report r, List<String> plots) {
        StringBuilder b = new StringBuilder();
        String sat = r.trueSat() ? "true SAT" : "PREDICTED SAT (no oracle)";
        b.append("# Trade-off frontiers\n\n");
        b.append(String.format(Locale.ROOT, "%d validation sessions (settings chosen), %d test sessions (figures"
                + " below); SAT loss is %s@%d against SAT-only; gains are %% changes of count@%d. Brackets: bootstrap"
                + " 95 %% intervals on the test sessions.%n%n", r.validationSessions(), r.testSessions(), sat, r.k(),
                r.k()));
        b.append("Hypervolume reference point: ").append(r.hypervolumeRef()).append(".\n\n");
        b.append("| method | settings evaluated | grid size | Pareto points |\n|---|---:|---:|---:|\n");
        r.methods().forEach(f -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", f.method(),
                f.evaluated(), f.gridSize(), f.pareto().size())));
        List<String> objectives = r.objectives().stream().map(ObjectiveId::value).toList();
        for (double budget : r.budgets().stream().map(FrontierUseCase.Budget::budgetPercent).distinct().toList()) {
            b.append(String.format(Locale.ROOT, "%n## SAT-loss budget %s %%%n%n", trim(budget)));
            b.append("| method | ").append(String.join(" | ", objectives.stream().map(o -> o + " gain").toList()))
                    .append(" | hypervolume |\n|---|").append("---|".repeat(objectives.size())).append("---:|\n");
            for (FrontierUseCase.Budget row : r.budgets()) {
                if (row.budgetPercent() != budget) {
                    continue;
                }
                b.append("| ").append(row.method());
                for (String o : objectives) {
                    FrontierUseCase.Best best = row.best().get(o);
                    b.append(" | ").append(best == null ? "none within budget" : TradeOffJson.text(best.gain(), true)
                            + " at loss " + loss(best.point().test().orElseThrow().satLossPercent()) + " `"
                            + knobs(best.point()) + "`");
                }
                b.append(String.format(Locale.ROOT, " | %.4g |%n", row.hypervolume()));
            }
        }
        for (FrontierUseCase.MethodFrontier f : r.methods()) {
            b.append(String.format(Locale.ROOT, "%n## %s: Pareto points (validation → test)%n%n", f.method()));
            b.append("| knobs | val SAT loss | test SAT loss | ").append(String.join(" | ", objectives.stream()
                    .map(o -> "test " + o).toList())).append(" |\n|---|---:|---:|")
                    .append("---:|".repeat(objectives.size())).append('\n');
            f.pareto().stream().sorted(Comparator.comparingDouble(p -> p.test().orElseThrow().satLossPercent()
                    .value())).forEach(p -> {
                        var t = p.test().orElseThrow();
                        b.append("| `").append(knobs(p)).append("` | ").append(String.format(Locale.ROOT, "%.2f",
                                p.validation().satLossPercent().value())).append(" | ").append(loss(t.satLossPercent()));
                        for (String o : objectives) {
                            Estimate e = t.gainPercent().get(o);
                            b.append(" | ").append(e == null ? "-" : TradeOffJson.text(e, true));
                        }
                        b.append(" |\n");
                    });
        }
        b.append("\n## Plots\n\n");
        plots.forEach(p -> b.append("![").append(p).append("](").append(p).append(")\n"));
        b.append("\n## Notes\n\n");
        r.notes().forEach(n -> b.append("- ").append(n).append('\n'));
        r.runId().ifPresent(id -> b.append("- Stored in the store's evaluation runs as `").append(id).append("`.\n"));
        return b.toString();
    }

    static String json(FrontierUseCase.Report r) throws JsonProcessingException {
        ObjectNode root = OutputFormatOption.object();
        root.put("k", r.k());
        root.put("validationSessions", r.validationSessions());
        root.put("testSessions", r.testSessions());
        root.put("sat", r.trueSat() ? "true" : "predicted");
        root.put("hypervolumeReference", r.hypervolumeRef());
        r.runId().ifPresent(id -> root.put("runId", id));
        ArrayNode methods = root.putArray("methods");
        for (FrontierUseCase.MethodFrontier f : r.methods()) {
            ObjectNode m = methods.addObject();
            m.put("method", f.method());
            m.put("gridSize", f.gridSize());
            m.put("evaluated", f.evaluated());
            ArrayNode pareto = m.putArray("pareto");
            f.pareto().forEach(p -> pareto.add(point(p)));
        }
        ArrayNode budgets = root.putArray("budgets");
        for (FrontierUseCase.Budget row : r.budgets()) {
            ObjectNode o = budgets.addObject();
            o.put("satLossBudgetPercent", row.budgetPercent());
            o.put("method", row.method());
            o.put("hypervolume", row.hypervolume());
            ObjectNode best = o.putObject("best");
            row.best().forEach((obj, bst) -> {
                ObjectNode x = best.putObject(obj);
                x.put("gainPercent", TradeOffJson.round(bst.gain().value()));
                x.putArray("interval").add(TradeOffJson.round(bst.gain().low())).add(TradeOffJson.round(
                        bst.gain().high()));
                x.set("point", point(bst.point()));
            });
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode point(TradeOffPoint p) {
        ObjectNode o = OutputFormatOption.object();
        o.set("knobs", TradeOffJson.knobs(p));
        o.set("policy", TradeOffJson.policy(p));
        o.set("validation", TradeOffJson.figures(p.validation(), false));
        p.test().ifPresent(t -> o.set("test", TradeOffJson.figures(t, true)));
        return o;
    }

    static String knobs(TradeOffPoint p) {
        return p.knobs().entrySet().stream().map(e -> e.getKey() + "=" + (e.getKey().equals("phi")
                ? org.mostra4j.application.port.in.TradeOffMethods.CONCAVE.get((int) Math.round(e.getValue()))
                : trim(e.getValue()))).collect(Collectors.joining(" "));
    }

    private static String loss(Estimate e) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", e.value(), e.low(), e.high());
    }

    private static String trim(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
