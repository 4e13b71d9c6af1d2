package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mostra4j.adapters.cli.demo.DemoSettings;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffMethods;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffSessions;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.application.port.out.WriteReportPort;
import org.mostra4j.application.port.out.WriteTuneReportPort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Finds the knobs that meet objective targets with the least satisfaction loss, and verifies them on test sessions. */
@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find the setting of a method that meets every --target with the least SAT loss on validation"
                + " sessions (a sample of its knob grid, then local refinement with BOBYQA), re-measure it on the"
                + " disjoint test sessions, and print it as the \"policy\" object `sequence --policy` and `serve"
                + " --policy` accept. Exit 1 when no setting meets the targets (the closest one is printed, --out is"
                + " not written). The run is stored in the store's evaluation runs. With --report DIR (default with the"
                + " demo's files: mostra4j-demo/report/tune) it also writes report.md, report.html (the settings searched"
                + " as charts, the chosen one's knobs and test figures with intervals; opens offline) and tune.json there,"
                + " feasible or not.",
                "Without --db/--model/--world the demo's files in ./mostra4j-demo are used (and --skip defaults to"
                        + " the demo's training sessions)."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j tune --target exposure=+30% --target boost=+20% --max-sat-loss 1%",
                "  ./mostra4j tune --db sim.duckdb --model encoder.model --world sim/ --skip 9600 --target"
                        + " exposure=+30% --out policy.json",
                "  ./mostra4j tune --db db.duckdb --model encoder.model --target discovery=+10% --method xquad"
                        + " --format json",
                "  ./mostra4j tune --db sim.duckdb --model encoder.model --world sim/ --target exposure=+30%"
                        + " --report tune-report/   (then open tune-report/report.html)"})
final class TuneCommand implements Callable<Integer> {
    static final Path DEMO = Path.of("mostra4j-demo");
    private static final Pattern TARGET = Pattern.compile("([a-z0-9_-]+)=\\+?(-?[0-9]+(?:\\.[0-9]+)?)%?");
    private final EvaluationBackend backend;
    private final ObjectiveCatalogue objectives;
    private final WriteTuneReportPort reports;
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The store holding the sessions (default: the demo's).")
    Path db;
    @Option(names = "--model", paramLabel = "FILE", description = "The trained encoder model (default: the demo's).")
    Path model;
    @Option(names = "--world", paramLabel = "DIR", description = "The simulated dataset folder (true SAT from its"
            + " oracle; default: the demo's when --db is not given). Omit for real data: SAT is then predicted.")
    Path world;
    @Option(names = "--target", required = true, paramLabel = "NAME=+P%", description = "Least gain of an objective's"
            + " count@k against SAT-only, in percent, e.g. exposure=+30%. Repeatable.")
    List<String> targets = new ArrayList<>();
    @Option(names = "--max-sat-loss", paramLabel = "P%", description = "Most SAT loss allowed, in percent, e.g. 1%"
            + " (default: no limit; the least loss that meets the targets is chosen either way).")
    String maxSatLoss;
    @Option(names = "--method", paramLabel = "NAME", defaultValue = "mostra", description = "mostra (default), linear,"
            + " xquad or quota. Only mostra's policy can be served by `sequence` and `serve`.")
    String method;
    @Option(names = "--budget", paramLabel = "N", defaultValue = "200", description = "Settings evaluated in all:"
            + " 2/3 a sample of the grid, the rest refinement (default ${DEFAULT-VALUE}).")
    int budget;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seeds the split, the grid sample"
            + " and the bootstrap (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--out", paramLabel = "FILE", description = "Write the chosen policy object here (JSON).")
    Path out;
    @Option(names = "--report", paramLabel = "DIR", description = "Write report.md, report.html and tune.json here"
            + " (default: mostra4j-demo/report/tune when the demo's files are used, else no report).")
    Path report;
    @Option(names = "--skip", paramLabel = "M", description = "Leave out the first M sessions by id, those the encoder"
            + " was trained on (default 0; with the demo's files, the demo's train-sessions).")
    Long skip;
    @Option(names = "--sessions", paramLabel = "N", defaultValue = "0", description = "Use the next N sessions after"
            + " them (default: all).")
    long sessions;
    @Option(names = "--k", paramLabel = "K", defaultValue = "10", description = "Cut-off of the @k metrics and the"
            + " positions Mostra's beam orders (default ${DEFAULT-VALUE}).")
    int k;
    @Option(names = "--validation-share", paramLabel = "F", defaultValue = "0.5", description = "Share of the sessions"
            + " used for validation; the rest are test (default ${DEFAULT-VALUE}).")
    double validationShare;
    @Option(names = "--replicates", paramLabel = "R", defaultValue = "200", description = "Bootstrap replicates of the"
            + " test intervals (default ${DEFAULT-VALUE}).")
    int replicates;
    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Inject
    TuneCommand(EvaluationBackend backend, ObjectiveCatalogue objectives, WriteTuneReportPort reports) {
        this.backend = backend;
        this.objectives = objectives;
        this.reports = reports;
    }

    @Override
    public Integer call() throws IOException {
        boolean demo = db == null && model == null;
        Path dbFile = db != null ? db : DEMO.resolve("mostra4j.duckdb");
        Path modelFile = model != null ? model : DEMO.resolve("models").resolve("encoder.model");
        Optional<Path> worldDir = Optional.ofNullable(world != null ? world : demo ? DEMO.resolve("world") : null);
        long skipped = skip != null ? skip : demo ? Long.parseLong(DemoSettings.load(Optional.empty(), System::getenv)
                .text(DemoSettings.Knob.TRAIN_SESSIONS)) : 0;
        List<String> problems = new ArrayList<>();
        Map<String, Double> goals = targets(problems);
        double maxLoss = maxLoss(problems);
        List<ObjectiveId> ids = List.copyOf(objectives.ids());
        Path reportDir = report != null ? report : demo ? DEMO.resolve("report").resolve("tune") : null;
        knobs(problems, skipped);
        files(problems, dbFile, modelFile, worldDir, demo, reportDir);
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
        PrintWriter err = spec.commandLine().getErr();
        TradeOffSessions what = new TradeOffSessions(k, skipped, sessions, validationShare, replicates, seed,
                Optional.of(Instant.now()));
        Either<EvaluationError, TuneUseCase.Result> result;
        EvaluationBackend.Opened opened = backend.open(dbFile, modelFile, worldDir).getOrElseThrow(UsageException::new);
        TradeOffMethod chosen = TradeOffMethods.named(TradeOffMethods.available(ids, Math.max(1, k),
                opened.prefixRelevance()), method).orElseThrow(() -> {
                    opened.close();
                    return new UsageException("--method: " + method + " needs a model with a sequence head; "
                            + modelFile + " has none (train it again with this build)");
                });
        TuneUseCase.Command command = new TuneUseCase.Command(what, chosen, goals, maxLoss, budget, p -> { });
        try (opened; CountProgress progress = CountProgress.start("tune", budget, "settings", err)) {
            command = new TuneUseCase.Command(command.sessions(), command.method(), command.targets(),
                    command.maxSatLossPercent(), command.budget(), p -> progress.update(p.done(), p.target()));
            result = opened.tune().tune(command);
        }
        if (result.isLeft()) {
            EvaluationError e = result.getLeft();
            if (e instanceof EvaluationError.NoSessions || e instanceof EvaluationError.RelevanceUnavailable) {
                throw new UsageException(e.message());
            }
            err.println("failed: " + e.message());
            return 1;
        }
        TuneUseCase.Result r = result.get();
        print(r, goals, maxLoss);
        if (r.feasible() && out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent); // checked creatable before any work (Preflight)
            }
            Files.writeString(out, JsonFiles.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(TradeOffJson.policy(r.chosen())) + System.lineSeparator());
            err.println("wrote " + out);
        } else if (out != null) {
            err.println("not written: " + out + " (no setting meets the targets)");
        }
        if (reportDir != null) {
            // feasible or not: the report shows the closest setting and the whole search either way
            WriteReportPort.Written w = reports.write(command, r, reportDir);
            w.warnings().forEach(x -> err.println("warning: " + x));
            err.println("wrote " + String.join(", ", w.files().stream().map(Path::toString).toList()));
        }
        r.runId().ifPresent(id -> err.println("stored as evaluation run " + id + " in " + dbFile));
        return r.feasible() ? 0 : 1;
    }

    private void print(TuneUseCase.Result r, Map<String, Double> goals, double maxLoss) throws JsonProcessingException {
        PrintWriter stdout = spec.commandLine().getOut();
        TradeOffPoint p = r.chosen();
        if (output.json()) {
            ObjectNode o = OutputFormatOption.object();
            o.put("feasible", r.feasible());
            o.put("method", p.method());
            o.set("policy", TradeOffJson.policy(p));
            o.set("validation", TradeOffJson.figures(p.validation(), false));
            o.set("test", TradeOffJson.figures(p.test().orElseThrow(), true));
            o.put("sat", r.trueSat() ? "true" : "predicted");
            o.put("validationSessions", r.validationSessions());
            o.put("testSessions", r.testSessions());
            o.put("evaluations", r.evaluations());
            o.put("search", r.search());
            r.runId().ifPresent(id -> o.put("runId", id));
            OutputFormatOption.print(stdout, o);
            return;
        }
        stdout.printf(Locale.ROOT, "tune %s: %s on %d validation sessions; re-measured on %d test sessions%n",
                p.method(), r.feasible() ? "FEASIBLE" : "INFEASIBLE (closest setting shown)", r.validationSessions(),
                r.testSessions());
        stdout.println("search: " + r.search());
        stdout.printf(Locale.ROOT, "%-22s %-14s %-14s %s%n", "", "target", "validation", "test [95% interval]");
        stdout.printf(Locale.ROOT, "%-22s %-14s %-14s %s%n", "SAT loss (" + (r.trueSat() ? "true" : "predicted") + ")",
                Double.isFinite(maxLoss) ? String.format(Locale.ROOT, "<= %.2f %%", maxLoss) : "-",
                String.format(Locale.ROOT, "%.2f %%", p.validation().satLossPercent().value()),
                loss(p.test().orElseThrow()));
        for (var g : goals.entrySet()) {
            TradeOffPoint.Figures t = p.test().orElseThrow();
            stdout.printf(Locale.ROOT, "%-22s %-14s %-14s %s%n", g.getKey() + " gain",
                    String.format(Locale.ROOT, ">= %+.1f %%", g.getValue()),
                    String.format(Locale.ROOT, "%+.2f %%", p.validation().gain(g.getKey())),
                    t.gainPercent().containsKey(g.getKey()) ? TradeOffJson.text(t.gainPercent().get(g.getKey()), true)
                            : "-");
        }
        stdout.println("policy: " + JsonFiles.MAPPER.writeValueAsString(TradeOffJson.policy(p)));
        stdout.flush();
    }

    private static String loss(TradeOffPoint.Figures f) {
        var e = f.satLossPercent();
        return String.format(Locale.ROOT, "%.2f %% [%.2f, %.2f]", e.value(), e.low(), e.high());
    }

    private Map<String, Double> targets(List<String> problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String t : targets) {
            Matcher m = TARGET.matcher(t.strip());
            if (!m.matches()) {
                problems.add("--target: expected NAME=+P% (e.g. exposure=+30%), was '" + t + "'");
                continue;
            }
            String name = m.group(1);
            if (!ObjectiveId.isValid(name) || !objectives.ids().contains(ObjectiveId.of(name))) {
                problems.add("--target: unknown objective '" + name + "' (known: " + String.join(", ",
                        objectives.ids().stream().map(ObjectiveId::value).sorted().toList()) + ")");
            } else if (out.put(name, Double.parseDouble(m.group(2))) != null) {
                problems.add("--target: " + name + " is given twice");
            }
        }
        return out;
    }

    private double maxLoss(List<String> problems) {
        if (maxSatLoss == null) {
            return Double.POSITIVE_INFINITY;
        }
        String v = maxSatLoss.strip();
        v = v.endsWith("%") ? v.substring(0, v.length() - 1) : v;
        try {
            double x = Double.parseDouble(v);
            if (x >= 0 && Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("--max-sat-loss: expected a percentage >= 0 such as 1%, was '" + maxSatLoss + "'");
        return Double.POSITIVE_INFINITY;
    }

    private void knobs(List<String> problems, long skipped) {
        if (!TradeOffMethods.names().contains(method)) {
            problems.add("--method: unknown method '" + method + "' (one of " + String.join(", ",
                    TradeOffMethods.names()) + ")");
        }
        if (budget < 1) {
            problems.add("--budget: must be >= 1, was " + budget);
        }
        if (k < 1) {
            problems.add("--k: must be >= 1, was " + k);
        }
        if (skipped < 0) {
            problems.add("--skip: must be >= 0, was " + skipped);
        }
        if (sessions < 0) {
            problems.add("--sessions: must be >= 0, was " + sessions);
        }
        if (!(validationShare > 0 && validationShare < 1)) {
            problems.add("--validation-share: must be in (0,1), was " + validationShare);
        }
        if (replicates < 1) {
            problems.add("--replicates: must be >= 1, was " + replicates);
        }
    }

    private void files(List<String> problems, Path dbFile, Path modelFile, Optional<Path> worldDir, boolean demo,
            Path reportDir) {
        String hint = demo ? " (no --db/--model given and no demo there: run ./mostra4j demo first)" : "";
        Preflight.of().store("--db", dbFile).file("--model", modelFile).folder("--world", worldDir.orElse(null))
                .outputFile("--out", out).outputFolder("--report", reportDir).problems()
                .forEach(p -> problems.add(p + hint));
    }
}
