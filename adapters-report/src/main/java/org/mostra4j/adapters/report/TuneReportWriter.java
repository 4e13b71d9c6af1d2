package org.mostra4j.adapters.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.application.port.out.WriteReportPort;
import org.mostra4j.application.port.out.WriteTuneReportPort;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * A tuning run's report: {@code report.md} (the targets, the chosen or closest setting with its knobs and test
 * figures, the policy object, how the search went), {@code tune.json} (the same plus every setting searched) and
 * {@code report.html} (the searched settings on validation drawn per target objective against the targets, the
 * chosen one with its test intervals; opens offline).
 */
public final class TuneReportWriter implements WriteTuneReportPort {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public WriteReportPort.Written write(TuneUseCase.Command c, TuneUseCase.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        String json = json(c, r);
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("report.md"), markdown(c, r)));
        files.add(Files.writeString(dir.resolve("report.html"), ReportHtml.page(Optional.empty(), Optional.empty(),
                Optional.of(json))));
        files.add(Files.writeString(dir.resolve("tune.json"), json));
        return new WriteReportPort.Written(files, List.of());
    }

    /** What the page is fed and tune.json holds. */
    static String json(TuneUseCase.Command c, TuneUseCase.Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("method", c.method().name());
        root.put("feasible", r.feasible());
        root.put("k", c.sessions().k());
        root.put("sat", r.trueSat() ? "true" : "predicted");
        root.put("defaultBeam", SequencingPolicy.DEFAULT_BEAM);
        ObjectNode targets = root.putObject("targets");
        c.targets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(t -> targets.put(t.getKey(), t.getValue()));
        if (Double.isFinite(c.maxSatLossPercent())) {
            root.put("maxSatLossPercent", c.maxSatLossPercent());
        } else {
            root.putNull("maxSatLossPercent");
        }
        root.put("budget", c.budget());
        root.put("seed", c.sessions().seed());
        root.put("replicates", c.sessions().replicates());
        root.put("validationSessions", r.validationSessions());
        root.put("testSessions", r.testSessions());
        root.put("evaluations", r.evaluations());
        root.put("search", r.search());
        r.runId().ifPresent(id -> root.put("runId", id));
        root.set("chosen", FrontierReportWriter.point(r.chosen()));
        ArrayNode searched = root.putArray("searched");
        r.searched().forEach(p -> searched.add(FrontierReportWriter.point(p)));
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(TuneUseCase.Command c, TuneUseCase.Result r) {
        TradeOffPoint p = r.chosen();
        TradeOffPoint.Figures test = p.test().orElseThrow();
        String sat = r.trueSat() ? "true SAT" : "PREDICTED SAT (no oracle)";
        StringBuilder b = new StringBuilder("# Tuning run: ").append(c.method().name()).append("\n\n");
        b.append(r.feasible() ? "**Feasible**: this setting meets every target on the validation sessions.\n\n"
                : "**Infeasible**: no setting searched meets every target on the validation sessions; the closest"
                        + " one is shown.\n\n");
        b.append(String.format(Locale.ROOT, "%d validation sessions (setting chosen), %d test sessions (figures with"
                + " bootstrap 95 %% intervals, %d replicates, seed %d); SAT loss is %s@%d against SAT-only; gains are"
                + " %% changes of count@%d.%n%n", r.validationSessions(), r.testSessions(), c.sessions().replicates(),
                c.sessions().seed(), sat, c.sessions().k(), c.sessions().k()));
        b.append("Setting: `").append(FrontierReportWriter.knobs(p)).append("`\n\n");
        b.append("| | target | validation | test [95 % interval] |\n|---|---|---:|---:|\n");
        Estimate loss = test.satLossPercent();
        b.append(String.format(Locale.ROOT, "| SAT loss | %s | %.2f %% | %.2f %% [%.2f, %.2f] |%n",
                Double.isFinite(c.maxSatLossPercent()) ? String.format(Locale.ROOT, "≤ %.2f %%",
                        c.maxSatLossPercent()) : "-", p.validation().satLossPercent().value(), loss.value(),
                loss.low(), loss.high()));
        c.targets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
            Estimate g = test.gainPercent().get(t.getKey());
            b.append(String.format(Locale.ROOT, "| %s gain | ≥ %+.1f %% | %+.2f %% | %s |%n", t.getKey(),
                    t.getValue(), p.validation().gain(t.getKey()), g == null ? "-"
                            : FrontierReportWriter.text(g, true)));
        });
        b.append("\nPolicy object (`sequence --policy`, `serve --policy NAME=FILE`):\n\n```json\n");
        try {
            b.append(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(p.policy()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        b.append("\n```\n\n## Search\n\n").append(r.search()).append(".\n\n");
        b.append("report.html draws every setting searched (validation figures) per target objective.\n\n");
        b.append("## Notes\n\n");
        r.notes().forEach(n -> b.append("- ").append(n).append('\n'));
        r.runId().ifPresent(id -> b.append("- Stored in the store's evaluation runs as `").append(id).append("`.\n"));
        return b.toString();
    }
}
