package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.cli.bootstrap.Installation;
import org.mostra4j.adapters.cli.demo.DemoSettings;
import org.mostra4j.adapters.cli.demo.DemoSettings.Knob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job: simulate a world, import it, train the set-aware encoder and the MLP baseline, train track
 * embeddings, evaluate Mostra against the baselines over an ε sweep (with the GS diversity of each policy's
 * top k), compute users' GS-scores, and summarise. Each stage runs the
 * same command a user would run (its output is kept under {@code DIR/logs}); a stage whose result exists
 * is reused unless {@code --fresh}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the whole method end to end on a simulated world and write a report.",
                "Stages: simulate -> import -> train encoder -> train MLP baseline -> embed -> evaluate -> frontier"
                        + " -> gs-score.",
                "Every knob is in one YAML file (--config) or MOSTRA4J_<KEY> variables; see 'mostra4j config show'."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j demo", "  ./mostra4j demo --dir /tmp/demo --fresh --seed 7",
                "  ./mostra4j demo --config demo.yaml --quiet"})
final class DemoCommand implements Callable<Integer> {
    static final String MARKER = ".mostra4j-demo";
    @Spec
    CommandSpec spec;

    private boolean quiet;
    private boolean verbose;
    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder (default ./mostra4j-demo).")
    Path dir = Path.of("mostra4j-demo");
    @Option(names = "--fresh", description = "Delete what an earlier run left in DIR and start over.")
    boolean fresh;
    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random choice (default 42).")
    Long seed;
    @Option(names = "--config", paramLabel = "FILE", description = "YAML file with demo knobs (see 'config show').")
    Path config;

    @Override
    public Integer call() {
        quiet = Verbosity.quiet();
        verbose = Verbosity.verbose();
        DemoSettings s = DemoSettings.load(Optional.ofNullable(config), System::getenv);
        if (seed != null) {
            s = s.with(Knob.SEED, Long.toString(seed));
        }
        prepare();
        Path world = dir.resolve("world");
        Path db = dir.resolve("mostra4j.duckdb");
        Path models = dir.resolve("models");
        Path encoder = models.resolve("encoder.model");
        Path mlp = models.resolve("mlp.model");
        Path report = dir.resolve("report");
        long started = System.nanoTime();
        String sd = s.text(Knob.SEED);
        stage("simulate", Files.exists(world.resolve("simulation.yaml")), "simulate", "--out", world.toString(),
                "--users", s.text(Knob.USERS), "--artists", s.text(Knob.ARTISTS), "--tracks", s.text(Knob.TRACKS),
                "--sessions", s.text(Knob.SESSIONS), "--seed", sd);
        stage("import", Files.exists(db), "import", "canonical", "--db", db.toString(), "--dir", world.toString());
        String[] training = {"--db", db.toString(), "--limit", s.text(Knob.TRAIN_SESSIONS), "--epochs",
                s.text(Knob.EPOCHS), "--d-model", s.text(Knob.D_MODEL), "--seed", sd, "--format", "json"};
        stage("train-encoder", Files.exists(encoder), concat(new String[] {"train", "--model", encoder.toString()},
                training));
        stage("train-mlp", Files.exists(mlp), concat(new String[] {"train", "--model", mlp.toString(), "--baseline",
                "mlp"}, training));
        Optional<Path> vectors = embed(s, db);
        String[] evaluate = {"evaluate", "--db", db.toString(), "--model", encoder.toString(), "--world",
                world.toString(), "--skip", s.text(Knob.TRAIN_SESSIONS), "--epsilons", s.text(Knob.EPSILONS),
                "--lambdas", s.text(Knob.LAMBDAS), "--k", s.text(Knob.K), "--seed", sd, "--out", report.toString()};
        stage("evaluate", Files.exists(report.resolve("report.json")), vectors.isEmpty() ? evaluate
                : concat(evaluate, new String[] {"--embeddings", vectors.get().toString()}));
        stage("frontier", Files.exists(report.resolve("frontier.json")), "evaluate", "--frontier", "--db", db.toString(),
                "--model", encoder.toString(), "--world", world.toString(), "--skip", s.text(Knob.TRAIN_SESSIONS), "--k",
                s.text(Knob.K), "--seed", sd, "--points", s.text(Knob.FRONTIER_POINTS), "--out", report.toString());
        vectors.ifPresent(v -> gsScore(db, v));
        new DemoSummary(dir, report, (System.nanoTime() - started) / 1e9).print(spec.commandLine().getOut());
        spec.commandLine().getOut().printf("frontier: %s (each method's Pareto set over all its knobs, what it buys at"
                + " 0.1/0.5/1/2 %% SAT loss; drawn in report.html too)%ntune to targets: ./mostra4j tune --target"
                + " exposure=+30%% --target boost=+20%% --max-sat-loss 1%% (report: %s)%n", report.resolve("frontier.md"),
                report.resolve("tune").resolve("report.html"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Trains the track embeddings (before evaluate, which measures GS with them); empty in a build without GS. */
    private Optional<Path> embed(DemoSettings s, Path db) {
        if (!Main.commandLine().getSubcommands().containsKey("gs-score")) {
            return Optional.empty();
        }
        Path vectors = dir.resolve("models").resolve("embeddings");
        stage("embed", Files.exists(vectors), "embed", "--db", db.toString(), "--out", vectors.toString(), "--dim",
                s.text(Knob.EMBEDDING_DIM), "--epochs", s.text(Knob.EMBEDDING_EPOCHS), "--seed", s.text(Knob.SEED));
        return Optional.of(vectors);
    }

    private void gsScore(Path db, Path vectors) {
        Path scores = dir.resolve("gs").resolve("gs-scores.csv");
        stage("gs-score", Files.exists(scores), "gs-score", "--db", db.toString(), "--embeddings", vectors.toString(),
                "--out", scores.toString(), "--histogram", scores.resolveSibling("gs-histogram.png").toString());
    }

    private void prepare() {
        try {
            if (fresh && Files.exists(dir)) {
                if (!Files.exists(dir.resolve(MARKER))) {
                    throw new UsageException(dir + ": not a demo folder (no " + MARKER + "); refusing to delete it");
                }
                Installation.release(dir.resolve("mostra4j.duckdb"));
                FolderTree.delete(dir);
            }
            Files.createDirectories(dir.resolve("logs"));
            Files.createDirectories(dir.resolve("models"));
            Files.createDirectories(dir.resolve("gs"));
            if (!Files.exists(dir.resolve(MARKER))) {
                Files.writeString(dir.resolve(MARKER), "created by ./mostra4j demo; --fresh may delete this folder\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot prepare the demo folder: " + e.getMessage(), e);
        }
    }

    /** Runs one stage as its own command, its stdout kept in DIR/logs/NAME.txt. */
    private void stage(String name, boolean done, String... args) {
        PrintWriter err = spec.commandLine().getErr();
        if (done && !fresh) {
            if (!quiet) {
                err.println("demo: " + name + ": reusing what exists in " + dir + " (--fresh to redo)");
            }
            return;
        }
        Path log = dir.resolve("logs").resolve(name + ".txt");
        long t0 = System.nanoTime();
        if (!quiet) {
            err.println("demo: " + name + ": ./mostra4j " + String.join(" ", args));
        }
        int rc;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            CommandLine cli = Main.commandLine();
            Verbosity.set(quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL);
            cli.setOut(verbose ? new PrintWriter(new TeeWriter(out, spec.commandLine().getOut()), true) : out);
            cli.setErr(quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err);
            rc = cli.execute(args);
        } catch (IOException e) {
            throw new UncheckedIOException(log + ": cannot write: " + e.getMessage(), e);
        }
        if (rc != 0) {
            throw new IllegalStateException("stage " + name + " failed with exit code " + rc + "; its output is in " + log);
        }
        if (!quiet) {
            err.printf("demo: %s: done in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    /** Copies everything written to two writers. */
    private static final class TeeWriter extends java.io.Writer {
        private final java.io.Writer a;
        private final java.io.Writer b;

        TeeWriter(java.io.Writer a, java.io.Writer b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }

        @Override
        public void close() throws IOException {
            a.flush();
            b.flush();
        }
    }

    static JsonNode readJson(Path file) {
        return JsonFiles.read(file);
    }
}
