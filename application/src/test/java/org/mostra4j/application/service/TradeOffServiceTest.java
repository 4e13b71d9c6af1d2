package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffMethods;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffSessions;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.frontier.Pareto;
import org.mostra4j.domain.objective.ObjectiveCatalogue;

/** Frontier and tune over the in-memory worked-example world, checked against hand-computed figures. */
class TradeOffServiceTest {
    private static final double TOL = 1e-9;
    private static final List<ObjectiveId> OBJECTIVES = List.copyOf(ObjectiveCatalogue.builtIns().ids());
    private static final List<String> NAMES = OBJECTIVES.stream().map(ObjectiveId::value).toList();

    private final List<SaveEvaluationRunPort.EvaluationRun> saved = new ArrayList<>();

    private TradeOffService service(int sessions) {
        EvaluationWorld w = EvaluationWorld.withSessions(sessions);
        SaveEvaluationRunPort port = new SaveEvaluationRunPort() {
            @Override
            public void save(EvaluationRun run) {
                saved.add(run);
            }

            @Override
            public List<EvaluationRun> list() {
                return saved;
            }
        };
        return new TradeOffService(w.sessionsPort(), EvaluationWorld.catalog(), EvaluationWorld.facts(),
                ObjectiveCatalogue.builtIns(), EvaluationWorld.encoder(), Optional.of(EvaluationWorld.oracle()),
                Optional.of(port));
    }

    private static TradeOffSessions sessions(int k, long skip) {
        return new TradeOffSessions(k, skip, 0, 0.5, 20, 3, Optional.of(Instant.parse("2026-12-03T18:00:00Z")));
    }

    @Test
    void theFrontierSplitsTheSessionsAndKeepsOnlyNonDominatedPointsWithTestFigures() {
        Either<EvaluationError, FrontierUseCase.Report> r = service(40).frontier(new FrontierUseCase.Command(
                sessions(2, 4), TradeOffMethods.standard(OBJECTIVES, 2), 30, List.of(1.0, 20.0), p -> { }));
        assertTrue(r.isRight(), () -> r.getLeft().message());
        FrontierUseCase.Report report = r.get();
        assertEquals(36, report.validationSessions() + report.testSessions(), "40 sessions less the 4 skipped");
        assertTrue(report.validationSessions() > 0 && report.testSessions() > 0);
        assertTrue(report.trueSat());
        assertEquals(4, report.methods().size());
        for (FrontierUseCase.MethodFrontier f : report.methods()) {
            List<double[]> coords = f.pareto().stream()
                    .map(p -> TradeOffService.coordinates(p.validation(), NAMES)).toList();
            for (double[] a : coords) {
                for (double[] b : coords) {
                    assertFalse(Pareto.dominates(a, b), f.method() + ": a Pareto point is dominated");
                }
            }
            assertTrue(f.pareto().stream().allMatch(p -> p.test().isPresent()));
            assertTrue(f.evaluated() <= 30 && f.evaluated() >= 1);
        }
        assertEquals(2 * 4, report.budgets().size());
        assertEquals("frontier-20261203T180000Z", report.runId().orElseThrow());
        assertTrue(saved.get(0).metrics().containsKey("sessions.test"));
    }

    @Test
    void linearScalarisationLosesTheHandComputedSatOnEveryIdenticalSession() {
        // k = 2: SAT-only serves t1, t2 (true SAT 0.9 + 0.6); linear at lambda 0.07 serves t2 (1.02), t4 (1.00):
        // 0.6 + 0.7, so the loss is 100 * (1 - 1.3 / 1.5) on every session, validation and test alike
        TradeOffMethod linear = TradeOffMethods.linear(OBJECTIVES);
        Map<String, Double> setting = new java.util.LinkedHashMap<>();
        setting.put("lambda", 0.07);
        NAMES.forEach(n -> setting.put("weight." + n, 1.0));
        TradeOffMeter meter = new TradeOffMeter(Optional.of(EvaluationWorld.oracle()), OBJECTIVES, 2);
        var sessions = SplitSessions.load(EvaluationWorld.withSessions(10).sessionsPort(), new EvaluationSessions(
                EvaluationWorld.catalog(), EvaluationWorld.facts(), ObjectiveCatalogue.builtIns(),
                EvaluationWorld.encoder()), sessions(2, 0)).get();
        TradeOffPoint.Figures f = meter.measure(List.of(linear.policy().apply(setting)), sessions.test(), 20, 1,
                i -> { }).get().get(0);
        assertEquals(100 * (1 - 1.3 / 1.5), f.satLossPercent().value(), TOL);
        assertEquals(0.0, f.gain("exposure"), TOL);
    }

    @Test
    void tuneMeetsAnAttainableTargetWithinTheBudgetDeterministically() {
        TuneUseCase.Command c = new TuneUseCase.Command(sessions(3, 0), TradeOffMethods.mostra(OBJECTIVES, 3),
                Map.of("exposure", 0.0), 0.0, 25, p -> { });
        TuneUseCase.Result a = service(30).tune(c).get();
        TuneUseCase.Result b = service(30).tune(c).get();
        assertTrue(a.feasible());
        assertTrue(a.evaluations() <= 25);
        assertTrue(a.chosen().validation().satLossPercent().value() <= 0.0);
        assertTrue(a.chosen().test().isPresent());
        assertEquals(a.chosen().knobs(), b.chosen().knobs());
        assertEquals(a.chosen().policy(), b.chosen().policy());
        // every setting evaluated is kept (for the report's chart), the chosen one among them, none with test figures
        assertEquals(a.evaluations(), a.searched().size());
        assertTrue(a.searched().stream().anyMatch(p -> p.knobs().equals(a.chosen().knobs())));
        assertTrue(a.searched().stream().allMatch(p -> p.test().isEmpty()));
        SaveEvaluationRunPort.EvaluationRun run = saved.get(0);
        assertEquals(1.0, run.metrics().get("feasible"));
        assertEquals(0.0, run.metrics().get("target.exposure"));
    }

    @Test
    void anUnattainableTargetGivesTheClosestPointMarkedInfeasible() {
        // exposure has one track (t2) and SAT-only already serves it in the top 3: no gain is possible
        TuneUseCase.Result r = service(20).tune(new TuneUseCase.Command(sessions(3, 0), TradeOffMethods.xquad(),
                Map.of("exposure", 50.0), Double.POSITIVE_INFINITY, 8, p -> { })).get();
        assertFalse(r.feasible());
        assertTrue(r.evaluations() <= 8);
        assertTrue(r.search().contains("Brent"));
        assertEquals(0.0, saved.get(0).metrics().get("feasible"));
    }
}
