package org.mostra4j.adapters.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * The trade-off data behind the plots: per objective, per method, one point per policy of its sweep with
 * x = SAT loss in % against SAT-only (true SAT when an oracle answered, else predicted) and y = the
 * objective's count@k gain in %. Points lacking either value (e.g. SAT-only serves no track of the
 * objective, so no % exists) are left out.
 */
public record TradeOffCurves(String satMetric, Map<ObjectiveId, Map<String, List<Point>>> curves) {
    public static final List<Double> BUDGETS = List.of(0.5, 1.0, 2.0, 5.0);

    /** One policy on a curve. */
    public record Point(String policy, double knob, double satLoss, double gain) {
    }

    public static TradeOffCurves of(EvaluationReport report) {
        String sat = report.trueSat() ? "sat_true" : "sat_predicted";
        Map<ObjectiveId, Map<String, List<Point>>> all = new LinkedHashMap<>();
        for (ObjectiveId o : report.objectives()) {
            Map<String, List<Point>> byMethod = new LinkedHashMap<>();
            for (PolicyResult p : report.policies()) {
                if (p.label().equals(report.reference())) {
                    continue;
                }
                Estimate loss = p.change().get(sat);
                Estimate gain = p.change().get("count_" + o.value());
                if (loss != null && gain != null) {
                    byMethod.computeIfAbsent(p.label().method(), m -> new ArrayList<>()).add(
                            new Point(p.label().display(), p.label().value(), -loss.value(), gain.value()));
                }
            }
            byMethod.values().forEach(points -> points.sort(Comparator.comparingDouble(Point::knob)));
            all.put(o, byMethod);
        }
        return new TradeOffCurves(sat, all);
    }

    /** Whether the SAT axis is the simulator's truth. */
    public boolean trueSat() {
        return satMetric.equals("sat_true");
    }

    /** The best gain of a method among its points losing at most {@code budget} % SAT. */
    public Optional<Point> best(ObjectiveId objective, String method, double budget) {
        return curves.getOrDefault(objective, Map.of()).getOrDefault(method, List.of()).stream()
                .filter(p -> p.satLoss() <= budget + 1e-12)
                .max(Comparator.comparingDouble(Point::gain));
    }
}
