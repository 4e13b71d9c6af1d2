package org.mostra4j.adapters.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffMethods;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.application.port.in.TradeOffSessions;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Estimate;

/** A frontier evaluation and a tuning run written by hand (two objectives), as the report pages are fed them. */
final class TradeOffFixtures {
    static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.EXPOSURE, ObjectiveId.of("discovery"));
    static final TradeOffMethod MOSTRA = TradeOffMethods.mostra(OBJECTIVES, 10);
    static final TradeOffMethod LINEAR = TradeOffMethods.linear(OBJECTIVES);

    private TradeOffFixtures() {
    }

    /** Mostra's knobs: ε, λ, φ (index into sqrt, log1p, cap:2, linear) and the two weights. */
    static Map<String, Double> mostraKnobs(double epsilon, double lambda, double phi, double wExposure,
            double wDiscovery) {
        Map<String, Double> k = new LinkedHashMap<>();
        k.put("epsilon", epsilon);
        k.put("lambda", lambda);
        k.put("phi", phi);
        k.put("weight.exposure", wExposure);
        k.put("weight.discovery", wDiscovery);
        return k;
    }

    static Map<String, Double> linearKnobs(double lambda) {
        Map<String, Double> k = new LinkedHashMap<>();
        k.put("lambda", lambda);
        k.put("weight.exposure", 1.0);
        k.put("weight.discovery", 1.0);
        return k;
    }

    /** Validation figures: point estimates (no intervals are shown for them). */
    static Figures validation(double loss, double exposure, double discovery) {
        return new Figures(new Estimate(loss, loss, loss), Map.of("exposure", new Estimate(exposure, exposure,
                exposure), "discovery", new Estimate(discovery, discovery, discovery)), Optional.empty());
    }

    /** Test figures: loss ± 0.3, exposure ± 5, discovery ± 2. */
    static Figures test(double loss, double exposure, double discovery) {
        return new Figures(new Estimate(loss, loss - 0.3, loss + 0.3), Map.of("exposure", new Estimate(exposure,
                exposure - 5, exposure + 5), "discovery", new Estimate(discovery, discovery - 2, discovery + 2)),
                Optional.empty());
    }

    static TradeOffPoint point(TradeOffMethod method, Map<String, Double> knobs, Figures validation, Figures test) {
        return new TradeOffPoint(method.name(), knobs, method.object().apply(knobs), validation, Optional.of(test));
    }

    static final TradeOffPoint M1 = point(MOSTRA, mostraKnobs(0.05, 0.1, 0, 2, 1), validation(0.2, 28, 9),
            test(0.4, 30, 10));
    static final TradeOffPoint M2 = point(MOSTRA, mostraKnobs(0.2, 0.5, 2, 1, 2), validation(0.9, 55, 20),
            test(1.1, 52, 18));
    static final TradeOffPoint L1 = point(LINEAR, linearKnobs(0.02), validation(0.3, 12, 4), test(0.5, 11, 3));
    static final TradeOffPoint L2 = point(LINEAR, linearKnobs(0.1), validation(1.5, 35, 12), test(1.8, 33, 11));

    /** Budgets 0.5 % and 2 %: within 0.5 % each method's first point, within 2 % its second. */
    static FrontierUseCase.Report frontier() {
        List<FrontierUseCase.MethodFrontier> methods = List.of(
                new FrontierUseCase.MethodFrontier("mostra", 3888, 12, List.of(M1, M2)),
                new FrontierUseCase.MethodFrontier("linear", 72, 12, List.of(L1, L2)));
        List<FrontierUseCase.Budget> budgets = List.of(budget(0.5, M1, 1.25), budget(0.5, L1, 0.5),
                budget(2, M2, 40.5), budget(2, L2, 20.25));
        return new FrontierUseCase.Report(10, 400, 410, true, OBJECTIVES, methods, budgets,
                "(SAT loss = budget, every gain = 0)", List.of("Frontier note <&>"), Optional.of("frontier-2026"));
    }

    private static FrontierUseCase.Budget budget(double b, TradeOffPoint p, double hypervolume) {
        Figures t = p.test().orElseThrow();
        return new FrontierUseCase.Budget(b, p.method(), Map.of(
                "exposure", new FrontierUseCase.Best(p, t.gainPercent().get("exposure")),
                "discovery", new FrontierUseCase.Best(p, t.gainPercent().get("discovery"))), hypervolume);
    }

    static TuneUseCase.Command tuneCommand() {
        return new TuneUseCase.Command(new TradeOffSessions(10, 0, 0, 0.5, 200, 42, Optional.of(Instant.EPOCH)),
                MOSTRA, Map.of("exposure", 30.0), 1.0, 4, p -> { });
    }

    /** Four settings searched; the second is feasible (exposure ≥ 30 %, loss ≤ 1 %) and chosen. */
    static TuneUseCase.Result tuneResult() {
        TradeOffPoint a = point(MOSTRA, mostraKnobs(0.02, 0.05, 1, 1, 1), validation(0.1, 12, 3), test(0, 0, 0));
        TradeOffPoint b = point(MOSTRA, mostraKnobs(0.5, 0.1, 0, 0.5, 1), validation(0.6, 33, 8), test(0, 0, 0));
        TradeOffPoint c = point(MOSTRA, mostraKnobs(1, 1, 3, 2, 2), validation(4.5, 80, 30), test(0, 0, 0));
        TradeOffPoint d = point(MOSTRA, mostraKnobs(1, 2, 3, 2, 2), validation(25, 120, 60), test(0, 0, 0));
        List<TradeOffPoint> searched = List.of(a, b, c, d).stream().map(p -> new TradeOffPoint(p.method(), p.knobs(),
                p.policy(), p.validation(), Optional.empty())).toList();
        TradeOffPoint chosen = searched.get(1).withTest(test(0.8, 31.5, 7));
        return new TuneUseCase.Result(true, chosen, 4, 400, 410, true, "grid sample of 3 of 3888 settings, then"
                + " BOBYQA; 4 settings evaluated", List.of("Tune note"), Optional.of("tune-2026"), searched);
    }
}
