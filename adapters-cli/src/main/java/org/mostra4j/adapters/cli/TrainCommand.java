package org.mostra4j.adapters.cli;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.mostra4j.application.port.in.TrainEncoderUseCase;
import org.mostra4j.application.port.out.EncoderSpec;
import org.mostra4j.application.port.out.TrainingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mostra4j train}: trains the set encoder on the sessions of a store and writes the model file.
 * Progress (loss and validation AUC per epoch) goes to stderr: a bar on a terminal, one plain line per
 * epoch otherwise (no console, or {@code CI} set). Exit codes: 0 trained, 1 training failed (reason on
 * stderr), 2 usage error or a store that cannot be read, or a model path that cannot be written (both checked
 * before training).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the set-aware encoder (Set Transformer, or the per-track MLP baseline) on logged sessions.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j train --db mostra4j.duckdb --model encoder.model",
                "  ./mostra4j train --db mostra4j.duckdb --model isab.model --inducing-points 16",
                "  ./mostra4j train --db mostra4j.duckdb --model mlp.model --baseline mlp --epochs 5 --format json"})
public final class TrainCommand implements Callable<Integer> {

    /**
     * Opens the store at a DuckDB file and returns the training use case wired to it, or why not (bound
     * in the composition root, e.g. an injector with the persistence module for that file).
     */
    @FunctionalInterface
    public interface StoreOpener {
        Either<String, TrainEncoderUseCase> open(Path db);
    }

    /** What --baseline accepts. */
    enum Baseline { mlp }

    /** What --format accepts. */
    enum Format { text, json }

    private final StoreOpener opener;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the DuckDB store to read sessions from")
    Path db;

    @Option(names = "--model", required = true, paramLabel = "OUT", description = "where to write the model file")
    Path model;

    @Option(names = "--epochs", defaultValue = "20", description = "maximum epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "64", description = "sessions per step (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--d-model", defaultValue = "64", description = "hidden width (default: ${DEFAULT-VALUE})")
    int dModel;

    @Option(names = "--blocks", defaultValue = "2", description = "attention blocks L (default: ${DEFAULT-VALUE})")
    int blocks;

    @Option(names = "--heads", defaultValue = "4", description = "attention heads (default: ${DEFAULT-VALUE})")
    int heads;

    @Option(names = "--inducing-points", defaultValue = "0", paramLabel = "M",
            description = "ISAB blocks with M learned inducing points instead of SAB blocks; 16 is the usual choice "
                    + "(default: ${DEFAULT-VALUE} = SAB)")
    int inducingPoints;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "train on the first N sessions by id (0 = all)")
    long limit;

    @Option(names = "--baseline", paramLabel = "mlp", description = "train the per-track MLP baseline instead")
    Baseline baseline;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Inject
    public TrainCommand(StoreOpener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public Integer call() {
        EncoderSpec encoderSpec = encoderSpec();
        Preflight.of().store("--db", db).outputFile("--model", model).orFail();
        TrainEncoderUseCase useCase = opener.open(db).getOrElseThrow(UsageException::new);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Either<String, TrainingReport> result;
        PrintStream console = System.out;
        // SameDiff 1.0.0-M2.1 prints a line per differentiated op on System.out; our output goes to `out`
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try (Progress progress = Progress.start(epochs, err)) {
            result = useCase.train(new TrainEncoderUseCase.Command(encoderSpec, model, limit, progress));
        } finally {
            System.setOut(console);
        }
        if (result.isLeft()) {
            err.println("train: " + result.getLeft());
            err.flush();
            return 1;
        }
        TrainingReport r = result.get();
        out.println(format == Format.json ? json(r) : text(r));
        out.flush();
        return 0;
    }

    private EncoderSpec encoderSpec() {
        if (baseline == Baseline.mlp && inducingPoints > 0) {
            throw new ParameterException(spec.commandLine(),
                    "--inducing-points needs attention blocks; the MLP baseline (--baseline mlp) has none");
        }
        try {
            return EncoderSpec.defaults().withShape(dModel, heads, blocks).withSchedule(epochs, batch, seed)
                    .withBaseline(baseline == Baseline.mlp).withInducingPoints(inducingPoints);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String json(TrainingReport r) {
        return String.format(Locale.ROOT,
                "{\"validationAuc\":%s,\"validationLogLoss\":%s,\"epochs\":%d,\"sessionsPerSecond\":%s%s}",
                number(r.validationAuc()), number(r.validationLogLoss()), r.epochs(), number(r.sessionsPerSecond()),
                r.sequenceHead().isEmpty() ? "" : ",\"sequenceHead\":" + quoted(r.sequenceHead()));
    }

    private String text(TrainingReport r) {
        return String.format(Locale.ROOT, "wrote %s%nvalidation AUC %.4f, log-loss %.4f after %d epochs "
                + "(%d training / %d validation sessions, %.0f sessions/s)", model, r.validationAuc(),
                r.validationLogLoss(), r.epochs(), r.trainingSessions(), r.validationSessions(), r.sessionsPerSecond())
                + (r.sequenceHead().isEmpty() ? "" : System.lineSeparator() + r.sequenceHead());
    }

    private static String quoted(String text) {
        try {
            return JsonFiles.MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "null";
    }

    /** Per-epoch progress: a bar on a terminal, plain lines otherwise. */
    private static final class Progress implements Consumer<TrainingReport.EpochMetrics>, AutoCloseable {
        private final ProgressBar bar;
        private final PrintWriter plain;

        private Progress(ProgressBar bar, PrintWriter plain) {
            this.bar = bar;
            this.plain = plain;
        }

        static Progress start(int epochs, PrintWriter err) {
            return CountProgress.interactive() ? new Progress(CountProgress.bar("train", epochs, "epochs"), null)
                    : new Progress(null, Verbosity.quiet() ? new PrintWriter(java.io.Writer.nullWriter()) : err);
        }

        @Override
        public void accept(TrainingReport.EpochMetrics m) {
            String msg = String.format(Locale.ROOT, "loss %.4f  val-AUC %.4f  val-log-loss %.4f", m.trainLoss(),
                    m.validationAuc(), m.validationLogLoss());
            if (bar != null) {
                bar.stepTo(m.epoch());
                bar.setExtraMessage(msg);
            } else {
                plain.println("epoch " + m.epoch() + ": " + msg);
                plain.flush();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
