package org.mostra4j.adapters.report;

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
import java.util.Optional;
import java.util.stream.Collectors;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.application.port.out.WriteFrontierReportPort;
import org.mostra4j.application.port.out.WriteReportPort;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * The frontier report: {@code frontier.md} (the budget tables and every method's Pareto points), {@code
 * frontier.json} (the same, complete), one plot per objective of each method's test frontier, and the interactive
 * page: the folder's {@code report.html} when an evaluation's report is there (its page gains the frontier), else
 * {@code frontier.html}.
 */
public final class FrontierReportWriter implements WriteFrontierReportPort {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ReportWriter charts;

    public FrontierReportWriter(ReportWriter charts) {
        this.charts = charts;
    }

    @Override
    public String markdown(FrontierUseCase.Report report) {
        return markdown(report, List.of());
    }

    @Override
    public String json(FrontierUseCase.Report report) {
        try {
            return render(report);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public WriteReportPort.Written write(FrontierUseCase.Report r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> plots = new ArrayList<>();
        for (ObjectiveId o : r.objectives()) {
            Path p = charts.chart(plot(r, o.value()), dir, "frontier-" + o.value(), warnings);
            files.add(p);
            plots.add(p.getFileName().toString());
        }
        String json = json(r);
        files.add(0, Files.writeString(dir.resolve(ReportParts.FRONTIER), json));
        files.add(0, Files.writeString(dir.resolve("frontier.md"), markdown(r, plots)));
        // beside an evaluation's report (the demo writes both into one folder) the frontier joins its report.html;
        // on its own it gets a page of its own
        Optional<String> evaluation = ReportParts.read(dir, ReportParts.EVALUATION, "policies", warnings);
        String page = evaluation.isPresent() ? "report.html" : "frontier.html";
        files.add(1, Files.writeString(dir.resolve(page), ReportHtml.page(evaluation, Optional.of(json),
                Optional.empty())));
        return new WriteReportPort.Written(files, warnings);
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
        b.append("At each budget, each method's setting per objective is chosen on the validation sessions (validation"
                + " SAT loss within the budget, highest validation gain) and reported with its test figures (so a test"
                + " SAT loss may exceed the budget: that is the selection noise, shown, not hidden).\n\n");
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
                    b.append(" | ").append(best == null ? "none within budget" : text(best.gain(), true)
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
                            b.append(" | ").append(e == null ? "-" : text(e, true));
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

    static String render(FrontierUseCase.Report r) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("k", r.k());
        root.put("validationSessions", r.validationSessions());
        root.put("testSessions", r.testSessions());
        root.put("sat", r.trueSat() ? "true" : "predicted");
        root.put("hypervolumeReference", r.hypervolumeRef());
        ArrayNode objectives = root.putArray("objectives");
        r.objectives().forEach(o -> objectives.add(o.value()));
        root.put("defaultBeam", SequencingPolicy.DEFAULT_BEAM);
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
                x.put("gainPercent", round(bst.gain().value()));
                x.putArray("interval").add(round(bst.gain().low())).add(round(
                        bst.gain().high()));
                x.set("point", point(bst.point()));
            });
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** A setting: its method, knobs (also as text, φ by name), policy object and figures. */
    static ObjectNode point(TradeOffPoint p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("method", p.method());
        o.put("setting", knobs(p));
        o.set("knobs", MAPPER.valueToTree(p.knobs()));
        o.set("policy", MAPPER.valueToTree(p.policy()));
        o.set("validation", figures(p.validation(), false));
        p.test().ifPresent(t -> o.set("test", figures(t, true)));
        return o;
    }

    /** {@code {"satLossPercent": x, "gainPercent": {...}}}, with intervals when asked (as {@code tune} prints). */
    static ObjectNode figures(Figures f, boolean intervals) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("satLossPercent", round(f.satLossPercent().value()));
        ObjectNode gains = o.putObject("gainPercent");
        f.gainPercent().forEach((k, e) -> gains.put(k, round(e.value())));
        if (intervals) {
            o.putArray("satLossInterval").add(round(f.satLossPercent().low())).add(round(f.satLossPercent().high()));
            ObjectNode gi = o.putObject("gainInterval");
            f.gainPercent().forEach((k, e) -> gi.putArray(k).add(round(e.low())).add(round(e.high())));
        }
        f.loggedSatPercent().ifPresent(e -> o.put("loggedSatChangePercent", round(e.value())));
        return o;
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** e.g. {@code +30.12 % [+27.80, +32.41]}. */
    static String text(Estimate e, boolean intervals) {
        return String.format(Locale.ROOT, "%+.2f %%", e.value())
                + (intervals ? String.format(Locale.ROOT, " [%+.2f, %+.2f]", e.low(), e.high()) : "");
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
