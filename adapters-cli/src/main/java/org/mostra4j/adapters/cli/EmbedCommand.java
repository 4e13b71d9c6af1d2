package org.mostra4j.adapters.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code mostra4j embed --db FILE --out MODEL [--dim N] [--epochs N] [--seed S]}: trains word2vec track
 * vectors on the store's listening sentences and saves them with a manifest. Exit 0 on success, 1 when
 * training or saving fails, 2 for usage errors (bad knobs, missing database).
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Train word2vec track embeddings (skip-gram, negative sampling) on listening sessions and histories.",
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j embed --db mostra4j.duckdb --out models/tracks-w2v",
                "  ./mostra4j embed --db mostra4j.duckdb --out models/tracks-w2v --dim 40 --epochs 5 --seed 42"})
public final class EmbedCommand implements Callable<Integer> {
    private final Wiring wiring;
    @Spec
    CommandSpec spec;
    private PrintWriter out;
    private PrintWriter err;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the DuckDB store")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "folder to write the model to")
    Path model;

    @Option(names = "--dim", paramLabel = "N", description = "vector dimension (default: ${DEFAULT-VALUE})")
    int dimension = EmbeddingSettings.DEFAULTS.dimension();

    @Option(names = "--epochs", paramLabel = "N", description = "passes over the corpus (default: ${DEFAULT-VALUE})")
    int epochs = EmbeddingSettings.DEFAULTS.epochs();

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = EmbeddingSettings.DEFAULTS.seed();

    /** How the composition root hands over the training use case bound to one store file (given by --db). */
    @FunctionalInterface
    public interface Wiring {
        TrainEmbeddingsUseCase forStore(Path db);
    }

    @Inject
    public EmbedCommand(Wiring wiring) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        var settings = EmbeddingSettings.parse(dimension, epochs, seed);
        if (settings.isInvalid()) {
            settings.getError().forEach(p -> err.println("embed: " + p));
            err.flush();
            return 2;
        }
        Preflight.of().store("--db", db).outputFolder("--out", model).orFail();
        Either<String, EmbeddingsManifest> result;
        try (TrainingBar progress = new TrainingBar(err)) {
            result = wiring.forStore(db)
                    .train(new TrainEmbeddingsUseCase.Command(model, settings.get(), progress));
        }
        return result.fold(problem -> {
            err.println("embed: " + problem);
            err.flush();
            return 1;
        }, manifest -> {
            out.printf("embed: %d track vectors of dimension %d from %d sentences (%d tokens), %d epochs, seed %d -> %s%n",
                    manifest.vocabularySize(), manifest.settings().dimension(), manifest.sentences(), manifest.tokens(),
                    manifest.settings().epochs(), manifest.settings().seed(), model);
            out.printf("embed: sha256 %s%n", manifest.sha256());
            out.flush();
            return 0;
        });
    }

    /**
     * A progress bar on a terminal (stderr); one plain line per tenth of the work when piped or under CI.
     * Word2vec's total is unknown until the vocabulary pass has counted the sentences, hence a bar per phase.
     */
    private static final class TrainingBar implements TrainTrackEmbeddingsPort.Progress, AutoCloseable {
        private final PrintWriter out;
        private final boolean interactive = CountProgress.interactive();
        private ProgressBar bar;
        private String phase = "";
        private long lastDecile = -1;

        TrainingBar(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void update(String newPhase, long done, long total) {
            if (!newPhase.equals(phase)) {
                close();
                phase = newPhase;
                lastDecile = -1;
                if (interactive) {
                    bar = CountProgress.bar(newPhase, total, "");
                }
            }
            if (bar != null) {
                bar.maxHint(total);
                bar.stepTo(done);
            } else {
                long decile = total > 0 ? done * 10 / total : -1;
                if (decile > lastDecile || total < 0 && done % 100_000 == 0) {
                    lastDecile = decile;
                    out.println("embed: " + newPhase + " " + done + (total > 0 ? "/" + total : "") + " sentences");
                    out.flush();
                }
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
