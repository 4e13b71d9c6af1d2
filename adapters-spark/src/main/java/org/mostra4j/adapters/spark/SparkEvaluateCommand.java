package org.mostra4j.adapters.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.mostra4j.adapters.ml.embedding.TrackVectorsFile;
import org.mostra4j.adapters.report.ReportWriter;
import org.mostra4j.adapters.simulation.SimulationConfigYaml;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.out.WriteReportPort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.evaluation.EvaluationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Counterfactual evaluation of Mostra's sweeps against the baselines, as `./mostra4j evaluate`:"
                + " the same policies, metrics and bootstrap, and the same report (report.md, report.json, plots)."
                + " Each partition evaluates its sessions; the partial sums merge exactly on the driver because every"
                + " session's bootstrap weights are seeded by the session."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j spark evaluate --input world/ --model encoder.model --out report/",
                "  ./mostra4j spark evaluate --input world/ --model encoder.model --world world/ --out report/",
                "  ./mostra4j spark evaluate --input world/ --model encoder.model --epsilons 0,0.05 --k 10 --out r/"})
final class SparkEvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    JobRunner job = new JobRunner();
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The trained encoder model.")
    Path model;
    @Option(names = "--world", paramLabel = "DIR", description = "The simulated dataset folder the input was"
            + " exported from (with simulation.yaml): its oracle gives the true SAT, rebuilt on every executor from"
            + " the configuration. Omit for real data.")
    Path world;
    @Option(names = "--embeddings", paramLabel = "DIR", description = "A track-embeddings model written by `embed`:"
            + " adds each policy's diversity, the Generalist-Specialist score of its top k (gs; lower = more diverse)."
            + " Read on the driver and broadcast.")
    Path embeddings;
    @Option(names = "--sequence-aware", negatable = true, paramLabel = "", description = "Add mostra-seq over the"
            + " sweeps, as `evaluate` does. Default: on when the model has a sequence head; --sequence-aware with a"
            + " model without one is an error.")
    Boolean sequenceAware;
    @Option(names = "--epsilons", split = ",", paramLabel = "E", defaultValue = "0,0.01,0.02,0.05,0.1,0.2",
            description = "Epsilon sweep, each in [0,1] (default ${DEFAULT-VALUE}).")
    List<Double> epsilons;
    @Option(names = "--lambdas", split = ",", paramLabel = "L", defaultValue = "0,0.02,0.05,0.07,0.1,0.2,0.5",
            description = "Lambda sweep, each >= 0 (default ${DEFAULT-VALUE}).")
    List<Double> lambdas;
    @Option(names = "--k", paramLabel = "K", defaultValue = "10", description = "Cut-off of the @k metrics"
            + " (default ${DEFAULT-VALUE}).")
    int k;
    @Option(names = "--length", paramLabel = "K", description = "Positions Mostra's beam orders (default: k;"
            + " 0 = all candidates).")
    Integer length;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seeds the bootstrap and the random"
            + " policy (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--replicates", paramLabel = "R", defaultValue = "200", description = "Bootstrap replicates"
            + " (default ${DEFAULT-VALUE}).")
    int replicates;
    private static final String CONFIG = org.mostra4j.adapters.simulation.Simulator.CONFIG_FILE;
    private final WriteReportPort reports;

    SparkEvaluateCommand() {
        this(ReportWriter.withJFreeChart());
    }

    SparkEvaluateCommand(WriteReportPort reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() throws IOException {
        job.validate();
        validate();
        Path target = Path.of(job.out).toAbsolutePath();
        if (Files.exists(target)) {
            throw new InputException(job.out + ": already exists (choose a new --out folder or remove it)");
        }
        long started = System.nanoTime();
        SparkSession spark = job.spark();
        SessionInput in = job.input(spark);
        var sessions = job.sessions(spark, in);
        Optional<String> worldYaml = worldYaml();
        Optional<ExecutorBroadcast.Vectors> vectors = vectors();
        var data = job.broadcast(spark, in, Optional.of(model), d -> {
            ExecutorBroadcast x = worldYaml.map(y -> d.withWorld(world.resolve(CONFIG).toString(), y)).orElse(d);
            return vectors.map(x::withVectors).orElse(x);
        });
        if (Boolean.TRUE.equals(sequenceAware)
                && new ExecutorWiring(data.value()).prefixRelevance().isEmpty()) {
            throw new InputException("--sequence-aware: " + model + " has no sequence head (train it again with this"
                    + " build; models written before format version 2 have none)");
        }
        var result = SparkJobs.evaluate(sessions, data, new Knobs.Evaluation(epsilons, lambdas, k, length, replicates,
                seed, job.sessions, job.skip, sequenceAware));
        PrintWriter err = spec.commandLine().getErr();
        if (result.isLeft()) {
            EvaluationError e = result.getLeft();
            if (e instanceof EvaluationError.NoSessions) {
                throw new InputException(e.message());
            }
            err.println("failed: " + e.message());
            return 1;
        }
        write(result.get(), target, err);
        JobRunner.done(err, "evaluated " + result.get().sessions() + " sessions", started, 0);
        return 0;
    }

    private void write(EvaluationReport report, Path target, PrintWriter err) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(reports.table(report));
        stdout.flush();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            WriteReportPort.Written w = reports.write(report, tmp);
            Files.move(tmp, target);
            w.warnings().forEach(x -> err.println("warning: " + x));
            err.println("wrote " + String.join(", ", w.files().stream().map(f -> target.resolve(tmp.relativize(f))
                    .toString()).toList()));
        } finally {
            if (Files.exists(tmp)) {
                try (var walk = Files.walk(tmp)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The world's simulation.yaml, read and checked on the driver. */
    private Optional<String> worldYaml() throws IOException {
        if (world == null) {
            return Optional.empty();
        }
        Path file = world.resolve(CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new InputException("--world: " + file + ": no such file (the folder `simulate` wrote holds it)");
        }
        String yaml = Files.readString(file);
        SimulationConfigYaml.parse(yaml, file.toString()).getOrElseThrow(m -> new InputException("--world: " + m));
        return Optional.of(yaml);
    }

    /** The embeddings, read and checked on the driver, as plain data (ids sorted). */
    private Optional<ExecutorBroadcast.Vectors> vectors() {
        if (embeddings == null) {
            return Optional.empty();
        }
        TrackVectors v = new TrackVectorsFile().load(embeddings)
                .getOrElseThrow(e -> new InputException("--embeddings: " + e));
        List<TrackId> ids = v.tracks().stream().sorted(java.util.Comparator.comparing(TrackId::value)).toList();
        String[] names = new String[ids.size()];
        float[][] values = new float[ids.size()][];
        for (int i = 0; i < names.length; i++) {
            names[i] = ids.get(i).value();
            values[i] = v.raw(ids.get(i)).orElseThrow();
        }
        return Optional.of(new ExecutorBroadcast.Vectors(v.dimension(), names, values));
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        epsilons.forEach(e -> {
            if (!(e >= 0 && e <= 1)) {
                problems.add("--epsilons: each must be in [0,1], was " + e);
            }
        });
        lambdas.forEach(l -> {
            if (!(l >= 0) || !Double.isFinite(l)) {
                problems.add("--lambdas: each must be finite and >= 0, was " + l);
            }
        });
        if (k < 1) {
            problems.add("--k: must be >= 1, was " + k);
        }
        if (length != null && length < 0) {
            problems.add("--length: must be >= 0 (0 = all candidates), was " + length);
        }
        if (replicates < 1) {
            problems.add("--replicates: must be >= 1, was " + replicates);
        }
        if (!problems.isEmpty()) {
            throw new InputException(String.join("; ", problems));
        }
    }
}
