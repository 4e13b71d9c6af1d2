package org.mostra4j.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.evaluation.frontier.Hypervolume;

/**
 * What each method buys within each SAT-loss budget. The point for a budget is chosen on the validation figures
 * (validation SAT loss within the budget, highest validation gain) and reported with its test figures, so the
 * reported gain carries no selection bias; the hypervolume is measured on the test figures of the Pareto points
 * whose validation SAT loss is within the budget.
 */
final class Budgets {
    static final String REFERENCE = "at budget b: SAT loss = b %, every objective's gain = 0 %; measured on the test"
            + " figures of the Pareto points whose validation SAT loss is within b (a point adds volume only when its"
            + " test SAT loss is below b and every test gain is above 0)";

    private Budgets() {
    }

    static List<FrontierUseCase.Budget> of(List<FrontierUseCase.MethodFrontier> frontiers, List<String> objectives,
            List<Double> budgets) {
        List<FrontierUseCase.Budget> out = new ArrayList<>();
        for (double b : budgets) {
            for (FrontierUseCase.MethodFrontier f : frontiers) {
                List<TradeOffPoint> within = f.pareto().stream()
                        .filter(p -> p.validation().satLossPercent().value() <= b).toList();
                Map<String, FrontierUseCase.Best> best = new LinkedHashMap<>();
                for (String o : objectives) {
                    TradeOffPoint top = null;
                    for (TradeOffPoint p : within) {
                        if (top == null || p.validation().gain(o) > top.validation().gain(o)) {
                            top = p;
                        }
                    }
                    if (top != null) {
                        Estimate g = top.test().orElseThrow().gainPercent().get(o);
                        best.put(o, new FrontierUseCase.Best(top, g == null ? new Estimate(0, 0, 0) : g));
                    }
                }
                out.add(new FrontierUseCase.Budget(b, f.method(), best, hypervolume(within, objectives, b)));
            }
        }
        return out;
    }

    /** Dominated hypervolume in (b − SAT loss, gain_1, …, gain_m) with the origin as reference. */
    static double hypervolume(List<TradeOffPoint> points, List<String> objectives, double budget) {
        List<double[]> coords = new ArrayList<>();
        for (TradeOffPoint p : points) {
            Figures f = p.test().orElseThrow();
            double[] c = new double[1 + objectives.size()];
            c[0] = budget - f.satLossPercent().value();
            for (int k = 0; k < objectives.size(); k++) {
                c[k + 1] = f.gain(objectives.get(k));
            }
            coords.add(c);
        }
        return Hypervolume.of(coords, new double[1 + objectives.size()]);
    }
}
