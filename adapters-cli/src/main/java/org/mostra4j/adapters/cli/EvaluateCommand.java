package org.mostra4j.adapters.cli;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffMethods;
import org.mostra4j.application.port.in.TradeOffSessions;
import org.mostra4j.application.port.out.WriteFrontierReportPort;
import org.mostra4j.application.port.out.WriteReportPort;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.policy.SequenceAwarePolicies;
import org.mostra4j.domain.evaluation.policy.StandardPolicies;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.SequencingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Counterfactual evaluation of Mostra's sweeps against the baselines on the stored held-out sessions. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-order held-out logged sessions with Mostra (epsilon and lambda sweeps), its ablations and"
                + " the baselines (logged, random, SAT-only, linear scalarisation, quotas, xQuAD); report SAT@k and"
                + " SAT-NDCG@k (predicted, logged, true when simulated), Obj@k and coverage with bootstrap 95%%"
                + " intervals and %% change against SAT-only; with --embeddings also the diversity (GS@k) of each"
                + " policy's top k."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j evaluate --db mostra4j.duckdb --model encoder.model --out report/",
                "  ./mostra4j evaluate --db sim.duckdb --model encoder.model --world sim/ --out report/",
                "  ./mostra4j evaluate --db sim.duckdb --model encoder.model --embeddings models/tracks-w2v --out report/",
                "  ./mostra4j evaluate --db mostra4j.duckdb --model encoder.model --epsilons 0,0.05,0.1 --k 10"
                        + " --sessions 2000 --format json",
                "  ./mostra4j evaluate --frontier --db sim.duckdb --model encoder.model --world sim/ --skip 2800"
                        + " --points 60 --out frontier/"})
final class EvaluateCommand implements Callable<Integer> {
    private final EvaluationBackend backend;
    private final ObjectiveCatalogue objectives;
    private final WriteReportPort writer;
    private final WriteFrontierReportPort frontierWriter;
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store holding the sessions.")
    Path db;
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The trained encoder model.")
    Path model;
    @Option(names = "--world", paramLabel = "DIR", description = "The simulated dataset folder the store was imported"
            + " from (with simulation.yaml): its oracle gives the true SAT. Omit for real data.")
    Path world;
    @Option(names = "--embeddings", paramLabel = "DIR", description = "A track-embeddings model written by `embed`:"
            + " adds each policy's diversity, the Generalist-Specialist score of its top k (gs; lower = more diverse).")
    Path embeddings;
    @Option(names = "--epsilons", split = ",", paramLabel = "E", description = "Epsilon sweep, each in [0,1]"
            + " (default ${DEFAULT-VALUE}).", defaultValue = "0,0.01,0.02,0.05,0.1,0.2")
    List<Double> epsilons;
    @Option(names = "--lambdas", split = ",", paramLabel = "L", description = "Lambda sweep, each >= 0"
            + " (default ${DEFAULT-VALUE}).", defaultValue = "0,0.02,0.05,0.07,0.1,0.2,0.5")
    List<Double> lambdas;
    @Option(names = "--k", paramLabel = "K", defaultValue = "10", description = "Cut-off of the @k metrics"
            + " (default ${DEFAULT-VALUE}).")
    int k;
    @Option(names = "--length", paramLabel = "K", description = "Positions Mostra's beam orders; the rest follow in"
            + " SAT order (default: k; 0 = all candidates, slower).")
    Integer length;
    @Option(names = "--sessions", paramLabel = "N", defaultValue = "0", description = "Evaluate the first N sessions"
            + " by id (default: all).")
    long sessions;
    @Option(names = "--skip", paramLabel = "M", defaultValue = "0", description = "Leave out the first M sessions by"
            + " id, e.g. those the encoder was trained on (default ${DEFAULT-VALUE}).")
    long skip;
    @Option(names = "--out", paramLabel = "DIR", description = "Write report.md, report.html (interactive, opens offline), report.json and the trade-off plots here.")
    Path out;
    @Mixin
    OutputFormatOption output = new OutputFormatOption();
    @Option(names = "--sequence-aware", negatable = true, paramLabel = "", description = "Add mostra-seq (SAT"
            + " that depends on the prefix already placed, from the model's sequence head) over the epsilon sweep"
            + " (lambda 0.07) and a lambda sweep (epsilon 0.2), each at beam B and at B = 1. Default: on when the model"
            + " has a sequence head; --sequence-aware with a model without one is an error.")
    Boolean sequenceAware;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seeds the bootstrap and the random"
            + " policy (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--replicates", paramLabel = "R", defaultValue = "200", description = "Bootstrap replicates"
            + " (default ${DEFAULT-VALUE}).")
    int replicates;
    @Option(names = "--frontier", description = "Instead of the sweeps: per method a grid over all its knobs on"
            + " validation sessions, each method's Pareto set re-measured on disjoint test sessions, and what each"
            + " method buys at each SAT-loss budget (frontier.md, frontier.json and plots under --out).")
    boolean frontier;
    @Option(names = "--methods", split = ",", paramLabel = "M", defaultValue = "mostra,linear,xquad,quota",
            description = "With --frontier: the methods compared (default ${DEFAULT-VALUE}).")
    List<String> methods;
    @Option(names = "--points", paramLabel = "N", defaultValue = "60", description = "With --frontier: settings"
            + " evaluated per method, a seeded sample of its grid when the grid is larger (default ${DEFAULT-VALUE}).")
    int points;
    @Option(names = "--budgets", split = ",", paramLabel = "P", defaultValue = "0.1,0.5,1,2", description = "With"
            + " --frontier: SAT-loss budgets in percent (default ${DEFAULT-VALUE}).")
    List<Double> budgets;
    @Option(names = "--validation-share", paramLabel = "F", defaultValue = "0.5", description = "With --frontier:"
            + " share of the sessions used for validation; the rest are test (default ${DEFAULT-VALUE}).")
    double validationShare;

    @Inject
    EvaluateCommand(EvaluationBackend backend, ObjectiveCatalogue objectives, WriteReportPort writer,
            WriteFrontierReportPort frontierWriter) {
        this.backend = backend;
        this.objectives = objectives;
        this.writer = writer;
        this.frontierWriter = frontierWriter;
    }

    @Override
    public Integer call() throws IOException {
        validate();
        if (frontier) {
            return frontier();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SequencingPolicy base = SequencingPolicy.defaults().withLength(length == null ? k : length);
        Either<EvaluationError, EvaluationReport> result;
        EvaluationBackend.Opened opened = backend.open(db, model, java.util.Optional.ofNullable(world)).getOrElseThrow(UsageException::new);
        List<RankingPolicy> policies = new ArrayList<>(StandardPolicies.of(base, epsilons, lambdas,
                List.copyOf(objectives.ids()), seed));
        policies.addAll(sequenceAware(opened, base));
        EvaluatePoliciesUseCase.Command command = new EvaluatePoliciesUseCase.Command(policies, k, sessions,
                EvaluatePoliciesUseCase.Command.DEFAULT_CHUNK, replicates, seed, p -> { }, skip);
        if (embeddings != null) {
            command = command.withVectors(backend.embeddings(embeddings)
                    .getOrElseThrow(e -> new UsageException("--embeddings: " + e)));
        }
        try (opened; CountProgress progress = CountProgress.start("evaluate", 0, "sessions", err)) {
            result = opened.useCase().evaluate(command.withProgress(p -> progress.update(p.done(), p.target())));
        }
        if (result.isLeft()) {
            EvaluationError e = result.getLeft();
            if (e instanceof EvaluationError.NoSessions || e instanceof EvaluationError.RelevanceUnavailable) {
                throw new UsageException(e.message());
            }
            err.println("failed: " + e.message());
            return 1;
        }
        print(result.get(), stdout, err);
        return 0;
    }

    private int frontier() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int len = length == null ? k : length;
        TradeOffSessions what = new TradeOffSessions(k, skip, sessions, validationShare, replicates, seed,
                java.util.Optional.of(java.time.Instant.now()));
        Either<EvaluationError, FrontierUseCase.Report> result;
        EvaluationBackend.Opened opened = backend.open(db, model, java.util.Optional.ofNullable(world))
                .getOrElseThrow(UsageException::new);
        List<TradeOffMethod> chosen = frontierMethods(opened, len == 0 ? k : len);
        try (opened; CountProgress progress = CountProgress.start("frontier", 0, "settings", err)) {
            result = opened.frontier().frontier(new FrontierUseCase.Command(what, chosen, points, budgets,
                    p -> progress.update(p.done(), p.target())));
        }
        if (result.isLeft()) {
            EvaluationError e = result.getLeft();
            if (e instanceof EvaluationError.NoSessions || e instanceof EvaluationError.RelevanceUnavailable) {
                throw new UsageException(e.message());
            }
            err.println("failed: " + e.message());
            return 1;
        }
        FrontierUseCase.Report report = result.get();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(output.json() ? frontierWriter.json(report) : frontierWriter.markdown(report));
        stdout.flush();
        if (out != null) {
            WriteReportPort.Written w = frontierWriter.write(report, out);
            w.warnings().forEach(x -> err.println("warning: " + x));
            err.println("wrote " + String.join(", ", w.files().stream().map(Path::toString).toList()));
        }
        report.runId().ifPresent(id -> err.println("stored as evaluation run " + id + " in " + db));
        return 0;
    }

    /**
     * The methods asked for; without --methods every available one, so mostra-seq joins when the model has a
     * sequence head (and --no-sequence-aware does not leave it out).
     */
    private List<TradeOffMethod> frontierMethods(EvaluationBackend.Opened opened, int len) {
        java.util.Optional<PrefixRelevance> head = Boolean.FALSE.equals(sequenceAware) ? java.util.Optional.empty()
                : opened.prefixRelevance();
        List<TradeOffMethod> all = TradeOffMethods.available(List.copyOf(objectives.ids()), len, head);
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--methods");
        if (!given) {
            return all;
        }
        List<TradeOffMethod> chosen = new ArrayList<>();
        for (String m : methods) {
            chosen.add(TradeOffMethods.named(all, m).orElseThrow(() -> {
                opened.close();
                return new UsageException("--methods: " + m + " needs a model with a sequence head; " + model
                        + " has none (train it again with this build)");
            }));
        }
        return chosen;
    }

    /** mostra-seq's sweeps when the model has a head and they are not switched off. */
    private List<RankingPolicy> sequenceAware(EvaluationBackend.Opened opened, SequencingPolicy base) {
        java.util.Optional<PrefixRelevance> head = opened.prefixRelevance();
        if (Boolean.TRUE.equals(sequenceAware) && head.isEmpty()) {
            opened.close();
            throw new UsageException("--sequence-aware: " + model + " has no sequence head (train it again with this"
                    + " build; models written before format version 2 have none)");
        }
        if (Boolean.FALSE.equals(sequenceAware) || head.isEmpty()) {
            return List.of();
        }
        return SequenceAwarePolicies.of(base, epsilons, lambdas, head.get());
    }

    private void print(EvaluationReport report, PrintWriter stdout, PrintWriter err) throws IOException {
        stdout.print(output.json() ? writer.json(report) : writer.table(report));
        stdout.flush();
        if (out != null) {
            WriteReportPort.Written w = writer.write(report, out);
            w.warnings().forEach(x -> err.println("warning: " + x));
            err.println("wrote " + String.join(", ", w.files().stream().map(Path::toString).toList()));
        }
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        knobs(problems);
        files(problems);
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
    }

    private void knobs(List<String> problems) {
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
        if (skip < 0) {
            problems.add("--skip: must be >= 0, was " + skip);
        }
        if (sessions < 0) {
            problems.add("--sessions: must be >= 0, was " + sessions);
        }
        if (replicates < 1) {
            problems.add("--replicates: must be >= 1, was " + replicates);
        }
        List<String> known = TradeOffMethods.names();
        methods.stream().filter(m -> !known.contains(m)).forEach(m -> problems.add("--methods: unknown method '" + m
                + "' (one of " + String.join(", ", known) + ")"));
        if (points < 1) {
            problems.add("--points: must be >= 1, was " + points);
        }
        budgets.forEach(b -> {
            if (!(b >= 0) || !Double.isFinite(b)) {
                problems.add("--budgets: each must be a finite percentage >= 0, was " + b);
            }
        });
        if (!(validationShare > 0 && validationShare < 1)) {
            problems.add("--validation-share: must be in (0,1), was " + validationShare);
        }
        if (epsilons.size() != epsilons.stream().distinct().count() || lambdas.size() != lambdas.stream().distinct().count()) {
            problems.add("--epsilons/--lambdas: values must be distinct");
        }
    }

    private void files(List<String> problems) {
        problems.addAll(Preflight.of().store("--db", db).file("--model", model).folder("--world", world)
                .folder("--embeddings", embeddings).outputFolder("--out", out).problems());
    }
}
