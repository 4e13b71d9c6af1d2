package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.application.port.in.TradeOffSessions;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.frontier.Pareto;
import org.mostra4j.domain.objective.ObjectiveCatalogue;

/**
 * Frontiers and tuning over knob settings, on held-out sessions joined once and split into validation (where
 * settings are compared and chosen) and test (where the chosen ones are re-measured).
 */
public final class TradeOffService implements FrontierUseCase, TuneUseCase {
    /** Validation figures need no interval: they only rank settings. */
    private static final int VALIDATION_REPLICATES = 1;
    private final LoadSessionsPort sessions;
    private final EvaluationSessions join;
    private final Optional<OutcomeOraclePort> oracle;
    private final Optional<SaveEvaluationRunPort> runs;

    @Inject
    public TradeOffService(LoadSessionsPort sessions, LoadCatalogPort catalog, LoadObjectiveFactsPort facts,
            ObjectiveCatalogue objectives, EncodeRelevancePort encoder, Optional<OutcomeOraclePort> oracle,
            Optional<SaveEvaluationRunPort> runs) {
        this.sessions = sessions;
        this.join = new EvaluationSessions(catalog, facts, objectives, encoder);
        this.oracle = oracle;
        this.runs = runs;
    }

    @Override
    public Either<EvaluationError, FrontierUseCase.Report> frontier(FrontierUseCase.Command command) {
        TradeOffSessions what = command.sessions();
        Either<EvaluationError, SplitSessions> loaded = SplitSessions.load(sessions, join, what);
        if (loaded.isLeft()) {
            return Either.left(loaded.getLeft());
        }
        SplitSessions split = loaded.get();
        TradeOffMeter meter = new TradeOffMeter(oracle, join.objectives(), what.k());
        List<List<Map<String, Double>>> grids = command.methods().stream()
                .map(m -> GridSample.of(m, command.pointsPerMethod(), what.seed())).toList();
        long total = grids.stream().mapToLong(List::size).sum();
        long[] done = {0};
        List<FrontierUseCase.MethodFrontier> frontiers = new ArrayList<>();
        for (int m = 0; m < command.methods().size(); m++) {
            TradeOffMethod method = command.methods().get(m);
            List<Map<String, Double>> grid = grids.get(m);
            long before = done[0];
            Either<EvaluationError, List<Figures>> measured = meter.measure(policies(method, grid), split.validation(),
                    VALIDATION_REPLICATES, what.seed(), i -> {
                        done[0] = before + i;
                        command.progress().accept(new Progress(done[0], total));
                    });
            if (measured.isLeft()) {
                return Either.left(measured.getLeft());
            }
            List<TradeOffPoint> points = points(method, grid, measured.get());
            List<TradeOffPoint> pareto = pareto(points, join.objectives().stream().map(o -> o.value()).toList());
            Either<EvaluationError, List<Figures>> tested = meter.measure(
                    policies(method, pareto.stream().map(TradeOffPoint::knobs).toList()), split.test(),
                    what.replicates(), what.seed(), i -> { });
            if (tested.isLeft()) {
                return Either.left(tested.getLeft());
            }
            List<TradeOffPoint> withTest = new ArrayList<>();
            for (int i = 0; i < pareto.size(); i++) {
                withTest.add(pareto.get(i).withTest(tested.get().get(i)));
            }
            frontiers.add(new FrontierUseCase.MethodFrontier(method.name(), method.gridSize(), grid.size(), withTest));
        }
        List<String> objectives = join.objectives().stream().map(o -> o.value()).toList();
        List<FrontierUseCase.Budget> budgets = Budgets.of(frontiers, objectives, command.budgets());
        boolean trueSat = meter.trueSat(split.test());
        List<String> notes = notes(split, what, trueSat, meter);
        FrontierUseCase.Report report = new FrontierUseCase.Report(what.k(), split.validation().size(),
                split.test().size(), trueSat, join.objectives(), frontiers, budgets, Budgets.REFERENCE, notes,
                Optional.empty());
        Optional<String> runId = what.storeAt().flatMap(at -> runs.map(port -> {
            SaveEvaluationRunPort.EvaluationRun run = RunRecords.frontier(report, at, what.seed());
            port.save(run);
            return run.runId();
        }));
        return Either.right(new FrontierUseCase.Report(report.k(), report.validationSessions(), report.testSessions(),
                trueSat, report.objectives(), frontiers, budgets, Budgets.REFERENCE, notes, runId));
    }

    @Override
    public Either<EvaluationError, TuneUseCase.Result> tune(TuneUseCase.Command command) {
        TradeOffSessions what = command.sessions();
        Either<EvaluationError, SplitSessions> loaded = SplitSessions.load(sessions, join, what);
        if (loaded.isLeft()) {
            return Either.left(loaded.getLeft());
        }
        SplitSessions split = loaded.get();
        TradeOffMeter meter = new TradeOffMeter(oracle, join.objectives(), what.k());
        TradeOffMethod method = command.method();
        Search search = new Search(command, meter, split);
        boolean refine = !method.continuousKnobs().isEmpty();
        int gridPoints = refine ? Math.max(1, command.budget() * 2 / 3) : command.budget();
        List<Map<String, Double>> grid = GridSample.of(method, gridPoints, what.seed());
        try {
            grid.forEach(search::cost);
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException stopped) {
            // a policy failed on a session: reported below
        }
        if (search.failure != null) {
            return Either.left(search.failure);
        }
        Refinement.run(method, search.best().knobs(), command.budget() - search.evaluated.size(), search::cost);
        if (search.failure != null) {
            return Either.left(search.failure);
        }
        TradeOffPoint best = search.best();
        boolean feasible = search.shortfall(best.validation()) == 0;
        Either<EvaluationError, List<Figures>> tested = meter.measure(policies(method, List.of(best.knobs())),
                split.test(), what.replicates(), what.seed(), i -> { });
        if (tested.isLeft()) {
            return Either.left(tested.getLeft());
        }
        TradeOffPoint chosen = best.withTest(tested.get().get(0));
        String how = "grid sample of " + grid.size() + " of " + method.gridSize() + " settings, then "
                + Refinement.optimiser(method) + "; " + search.evaluated.size() + " settings evaluated";
        boolean trueSat = meter.trueSat(split.test());
        List<String> notes = notes(split, what, trueSat, meter);
        TuneUseCase.Result result = new TuneUseCase.Result(feasible, chosen, search.evaluated.size(),
                split.validation().size(), split.test().size(), trueSat, how, notes, Optional.empty());
        Optional<String> runId = what.storeAt().flatMap(at -> runs.map(port -> {
            SaveEvaluationRunPort.EvaluationRun run = RunRecords.tune(command, result, search.evaluated.values(), at);
            port.save(run);
            return run.runId();
        }));
        return Either.right(new TuneUseCase.Result(feasible, chosen, result.evaluations(), result.validationSessions(),
                result.testSessions(), trueSat, how, notes, runId, List.copyOf(search.evaluated.values())));
    }

    /** Every setting evaluated on validation, and the cost the optimiser minimises. */
    private static final class Search {
        /** Per % point short of a target (or over the SAT-loss limit): far more than any SAT loss. */
        private static final double PENALTY = 10.0;
        private final TuneUseCase.Command command;
        private final TradeOffMeter meter;
        private final SplitSessions split;
        private final Map<Map<String, Double>, TradeOffPoint> evaluated = new LinkedHashMap<>();
        private EvaluationError failure;

        Search(TuneUseCase.Command command, TradeOffMeter meter, SplitSessions split) {
            this.command = command;
            this.meter = meter;
            this.split = split;
        }

        double cost(Map<String, Double> setting) {
            TradeOffPoint p = evaluated.get(setting);
            if (p == null) {
                if (failure != null || evaluated.size() >= command.budget()) {
                    throw new org.apache.commons.math3.exception.TooManyEvaluationsException(command.budget());
                }
                Either<EvaluationError, List<Figures>> f = meter.measure(policies(command.method(), List.of(setting)),
                        split.validation(), VALIDATION_REPLICATES, command.sessions().seed(), i -> { });
                if (f.isLeft()) {
                    failure = f.getLeft();
                    throw new org.apache.commons.math3.exception.TooManyEvaluationsException(evaluated.size());
                }
                p = new TradeOffPoint(command.method().name(), setting, command.method().object().apply(setting),
                        f.get().get(0), Optional.empty());
                evaluated.put(Map.copyOf(setting), p);
                command.progress().accept(new Progress(evaluated.size(), command.budget()));
            }
            return cost(p.validation());
        }

        double cost(Figures f) {
            return f.satLossPercent().value() + PENALTY * shortfall(f);
        }

        /** % points short of the targets plus % points over the SAT-loss limit; 0 when feasible. */
        double shortfall(Figures f) {
            double s = Math.max(0, f.satLossPercent().value() - command.maxSatLossPercent());
            for (var t : command.targets().entrySet()) {
                s += Math.max(0, t.getValue() - f.gain(t.getKey()));
            }
            return s;
        }

        /** The feasible setting of least SAT loss, else the one closest to feasible (ties: least SAT loss). */
        TradeOffPoint best() {
            TradeOffPoint best = null;
            for (TradeOffPoint p : evaluated.values()) {
                if (best == null || better(p, best)) {
                    best = p;
                }
            }
            return best;
        }

        private boolean better(TradeOffPoint a, TradeOffPoint b) {
            double sa = shortfall(a.validation());
            double sb = shortfall(b.validation());
            if (sa != sb) {
                return sa < sb;
            }
            return a.validation().satLossPercent().value() < b.validation().satLossPercent().value();
        }
    }

    private static List<RankingPolicy> policies(TradeOffMethod method, List<Map<String, Double>> settings) {
        return settings.stream().map(s -> method.policy().apply(s)).toList();
    }

    private static List<TradeOffPoint> points(TradeOffMethod method, List<Map<String, Double>> grid,
            List<Figures> figures) {
        List<TradeOffPoint> out = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            out.add(new TradeOffPoint(method.name(), grid.get(i), method.object().apply(grid.get(i)), figures.get(i),
                    Optional.empty()));
        }
        return out;
    }

    /** The points no other point beats on SAT loss and every objective's gain (validation figures). */
    static List<TradeOffPoint> pareto(List<TradeOffPoint> points, List<String> objectives) {
        List<double[]> coords = points.stream().map(p -> coordinates(p.validation(), objectives)).toList();
        return Pareto.front(coords).stream().map(points::get).toList();
    }

    static double[] coordinates(Figures f, List<String> objectives) {
        double[] c = new double[1 + objectives.size()];
        c[0] = -f.satLossPercent().value();
        for (int k = 0; k < objectives.size(); k++) {
            c[k + 1] = f.gain(objectives.get(k));
        }
        return c;
    }

    private static List<String> notes(SplitSessions split, TradeOffSessions what, boolean trueSat,
            TradeOffMeter meter) {
        List<String> notes = new ArrayList<>(EvaluationNotes.ASSUMPTIONS);
        notes.add("Sessions: " + (what.skip() > 0 ? "after the first " + what.skip() + " by id (the encoder's"
                + " training sessions), " : "") + (what.sessions() > 0 ? "the next " + what.sessions() : "all")
                + " by id; split by a hash of (seed " + what.seed() + ", session id) into " + split.validation().size()
                + " validation and " + split.test().size() + " test sessions (disjoint)"
                + (split.skipped() > 0 ? "; " + split.skipped() + " skipped (no candidates or a track logged twice)"
                : "") + ".");
        notes.add("Settings are compared and chosen on the validation sessions; the figures reported for the chosen"
                + " ones are re-measured on the test sessions (online Poisson bootstrap, " + what.replicates()
                + " replicates, paired against SAT-only).");
        notes.add(trueSat ? "SAT: the simulator's true expected satisfaction of the served order (true SAT@"
                + what.k() + ")." : "SAT: the encoder's PREDICTED SAT@" + what.k() + " (no outcome oracle: the data"
                + " is not simulated); the change of SAT counted on logged labels is given next to it.");
        if (meter.oracleMisses() > 0) {
            notes.add("True SAT: the oracle could not answer " + meter.oracleMisses() + " (policy, session) pairs;"
                    + " those pairs have no true SAT and are left out of it.");
        }
        return notes;
    }
}
