package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.mostra4j.adapters.report.PlotSpec;
import org.mostra4j.adapters.report.ReportWriter;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.out.PlayWindow;
import org.mostra4j.domain.diversity.GsDistribution;
import org.mostra4j.domain.diversity.MinimumActivity;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code mostra4j gs-score --db FILE --embeddings MODEL [--window-days N] [--out FILE]}: every user's
 * Generalist–Specialist score over a window, printed as a distribution (quantiles and a text histogram)
 * and optionally written per user as CSV ({@code user_id,gs,tracks,streams}) and drawn as a histogram PNG. Exit 0 on success, 1 when
 * scoring fails, 2 for usage errors.
 */
@Command(name = "gs-score", mixinStandardHelpOptions = true,
        description = "Score users' listening diversity (Generalist-Specialist score) with saved track embeddings.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j gs-score --db mostra4j.duckdb --embeddings models/tracks-w2v",
                "  ./mostra4j gs-score --db mostra4j.duckdb --embeddings models/tracks-w2v --window-days 90 --out gs.csv"
                        + " --histogram gs.png",
                "  ./mostra4j gs-score --db mostra4j.duckdb --embeddings models/tracks-w2v --format json"})
public final class GsScoreCommand implements Callable<Integer> {
    private static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    private static final int BINS = 10;
    private final Wiring wiring;
    @Spec
    CommandSpec spec;
    private PrintWriter out;
    private PrintWriter err;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the DuckDB store")
    Path db;

    @Option(names = "--embeddings", required = true, paramLabel = "MODEL", description = "a model written by `embed`")
    Path embeddings;

    @Option(names = "--window-days", paramLabel = "N",
            description = "last N days of history before the latest play; 0 = all (default: ${DEFAULT-VALUE})")
    int windowDays = 0;

    @Option(names = "--min-tracks", paramLabel = "N", description = "fewer distinct tracks: no score (default: ${DEFAULT-VALUE})")
    int minTracks = MinimumActivity.LISTENER.distinctTracks();

    @Option(names = "--min-streams", paramLabel = "N", description = "fewer streams: no score (default: ${DEFAULT-VALUE})")
    long minStreams = (long) MinimumActivity.LISTENER.streams();

    @Option(names = "--out", paramLabel = "FILE", description = "write per-user scores as CSV")
    Path csv;

    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Option(names = "--histogram", paramLabel = "PNG",
            description = "draw the distribution as a PNG (an SVG beside it when no PNG can be drawn)")
    Path histogram;

    /** How the composition root hands over the GS use case bound to one store file (given by --db). */
    @FunctionalInterface
    public interface Wiring {
        GsScoreUseCase forStore(Path db);
    }

    @Inject
    public GsScoreCommand(Wiring wiring) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        String usage = usageProblem();
        if (usage != null) {
            return fail(2, usage);
        }
        var rule = new MinimumActivity(minTracks, minStreams);
        try (Writer writer = csv == null ? Writer.nullWriter() : Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            if (csv != null) {
                writer.write("user_id,gs,tracks,streams\n");
            }
            Either<String, GsScoreUseCase.Summary> result = wiring.forStore(db).score(
                    new GsScoreUseCase.Command(embeddings, new PlayWindow(windowDays), rule, rows(writer)));
            return result.fold(problem -> fail(1, problem), this::print);
        } catch (IOException | UncheckedIOException e) {
            return fail(1, "--out " + csv + ": cannot write: " + e.getMessage());
        }
    }

    private String usageProblem() {
        if (windowDays < 0) {
            return "--window-days must be >= 0, was " + windowDays;
        }
        if (minTracks < 1 || minStreams < 0) {
            return "--min-tracks must be >= 1 and --min-streams >= 0";
        }
        if (!Files.isRegularFile(db)) {
            return "--db " + db + ": no such file";
        }
        return null;
    }

    private static Consumer<GsScoreUseCase.UserGs> rows(Writer writer) {
        return u -> {
            try {
                writer.write(csvField(u.user().value()) + "," + String.format(Locale.ROOT, "%.6f", u.score().value())
                        + "," + u.tracks() + "," + String.format(Locale.ROOT, "%.0f", u.streams()) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private int print(GsScoreUseCase.Summary summary) {
        GsDistribution d = summary.distribution();
        if (output.json()) {
            return printJson(summary, d);
        }
        out.printf(Locale.ROOT, "gs-score: %d users, %d scored, %d with too little activity (< %d tracks or < %d streams)%n",
                summary.users(), d.count(), summary.unscored(), minTracks, minStreams);
        if (d.count() > 0) {
            StringBuilder q = new StringBuilder(String.format(Locale.ROOT, "gs-score: mean %.4f", d.mean()));
            for (double p : QUANTILES) {
                q.append(String.format(Locale.ROOT, "  p%02d %.4f", Math.round(p * 100), d.quantile(p)));
            }
            out.println(q);
            List<Integer> bins = d.histogram(BINS);
            int widest = bins.stream().mapToInt(Integer::intValue).max().orElse(1);
            for (int b = 0; b < BINS; b++) {
                int bar = (int) Math.round(40.0 * bins.get(b) / Math.max(1, widest));
                out.printf(Locale.ROOT, "  [%.1f, %.1f%s %8d %s%n", b / (double) BINS, (b + 1) / (double) BINS,
                        b == BINS - 1 ? "]" : ")", bins.get(b), "#".repeat(bar));
            }
        }
        if (csv != null) {
            out.println("gs-score: per-user scores written to " + csv);
        }
        out.flush();
        return histogram == null ? 0 : drawHistogram(d);
    }

    /** The same summary as one JSON object; the histogram, if asked for, is drawn first and named in it. */
    private int printJson(GsScoreUseCase.Summary summary, GsDistribution d) {
        ObjectNode root = OutputFormatOption.object();
        root.put("users", summary.users());
        root.put("scored", d.count());
        root.put("tooLittleActivity", summary.unscored());
        root.putObject("minimumActivity").put("tracks", minTracks).put("streams", minStreams);
        if (d.count() > 0) {
            root.put("mean", d.mean());
            ObjectNode q = root.putObject("quantiles");
            for (double p : QUANTILES) {
                q.put(String.format(Locale.ROOT, "p%02d", Math.round(p * 100)), d.quantile(p));
            }
            ArrayNode bins = root.putArray("histogram");
            List<Integer> counts = d.histogram(BINS);
            for (int b = 0; b < BINS; b++) {
                bins.addObject().put("from", b / (double) BINS).put("to", (b + 1) / (double) BINS)
                        .put("users", counts.get(b));
            }
        } else {
            root.putNull("mean");
            root.putObject("quantiles");
            root.putArray("histogram");
        }
        if (csv == null) {
            root.putNull("csv");
        } else {
            root.put("csv", csv.toString());
        }
        root.putNull("histogramFile");
        if (histogram != null) {
            Either<Integer, Path> drawn = draw(d);
            if (drawn.isLeft()) {
                return drawn.getLeft();
            }
            root.put("histogramFile", drawn.get().toString());
        }
        OutputFormatOption.print(out, root);
        return 0;
    }

    private int drawHistogram(GsDistribution d) {
        Either<Integer, Path> drawn = draw(d);
        if (drawn.isLeft()) {
            return drawn.getLeft();
        }
        out.println("gs-score: histogram drawn to " + drawn.get());
        out.flush();
        return 0;
    }

    /** A step outline of the bin counts, drawn by the evaluation report's chart writer. */
    private Either<Integer, Path> draw(GsDistribution d) {
        List<Integer> bins = d.histogram(BINS);
        List<double[]> outline = new ArrayList<>();
        outline.add(new double[] {0, 0});
        for (int b = 0; b < BINS; b++) {
            outline.add(new double[] {b / (double) BINS, bins.get(b)});
            outline.add(new double[] {(b + 1) / (double) BINS, bins.get(b)});
        }
        outline.add(new double[] {1, 0});
        PlotSpec spec = new PlotSpec("Generalist-Specialist score, " + d.count() + " users", "GS (low = generalist)",
                "users", Map.of("users per bin of " + 1.0 / BINS, outline));
        Path abs = histogram.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("(?i)\\.png$", "");
        List<String> warnings = new ArrayList<>();
        try {
            Path written = ReportWriter.withJFreeChart().chart(spec, abs.getParent(), name, warnings);
            warnings.forEach(w -> err.println("gs-score: " + w));
            err.flush();
            return Either.right(written);
        } catch (IOException | UncheckedIOException e) {
            return Either.left(fail(1, "--histogram " + histogram + ": cannot write: " + e.getMessage()));
        }
    }

    private int fail(int code, String message) {
        err.println("gs-score: " + message);
        err.flush();
        return code;
    }
}
