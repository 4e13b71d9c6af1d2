package org.mostra4j.application.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun;
import org.mostra4j.domain.evaluation.Estimate;

/**
 * Frontier and tuning runs as rows of the store's evaluation runs (one named value per row, no schema change).
 * Run ids are {@code frontier-<UTC time>} and {@code tune-<UTC time>}; metric names:
 * <ul>
 *   <li>{@code sessions.validation}, {@code sessions.test}, {@code true_sat} (1 = true SAT, 0 = predicted), {@code k};</li>
 *   <li>per point {@code point.<method>.<nnn>.knob.<knob>}, {@code …validation.sat_loss},
 *       {@code …validation.gain.<objective>}, and once re-measured {@code …test.sat_loss[.low|.high]},
 *       {@code …test.gain.<objective>[.low|.high]} (percent; nnn numbers the method's points from 000);</li>
 *   <li>frontier: {@code budget.<b>.<method>.hypervolume}, {@code budget.<b>.<method>.best.<objective>} (test gain)
 *       and {@code …best.<objective>.point} (the nnn of that point);</li>
 *   <li>tune: {@code feasible} (1/0), {@code target.<objective>}, {@code max_sat_loss}, {@code evaluations},
 *       {@code chosen.point} (nnn of the chosen point among the evaluated ones).</li>
 * </ul>
 */
final class RunRecords {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunRecords() {
    }

    static EvaluationRun frontier(FrontierUseCase.Report r, Instant at, long seed) {
        Map<String, Double> m = header(r.validationSessions(), r.testSessions(), r.trueSat(), r.k());
        Map<TradeOffPoint, String> numbers = new java.util.IdentityHashMap<>();
        for (FrontierUseCase.MethodFrontier f : r.methods()) {
            for (int i = 0; i < f.pareto().size(); i++) {
                String id = String.format("%03d", i);
                numbers.put(f.pareto().get(i), id);
                point(m, f.pareto().get(i), id);
            }
        }
        for (FrontierUseCase.Budget b : r.budgets()) {
            String at0 = "budget." + trim(b.budgetPercent()) + "." + b.method();
            m.put(at0 + ".hypervolume", b.hypervolume());
            b.best().forEach((o, best) -> {
                m.put(at0 + ".best." + o, best.gain().value());
                m.put(at0 + ".best." + o + ".point", Double.parseDouble(numbers.getOrDefault(best.point(), "-1")));
            });
        }
        String what = "frontier over " + r.methods().stream().map(f -> f.method() + " (" + f.evaluated() + " of "
                + f.gridSize() + " settings, " + f.pareto().size() + " Pareto)").collect(Collectors.joining(", "))
                + "; seed " + seed + "; " + (r.trueSat() ? "true" : "predicted") + " SAT";
        return new EvaluationRun("frontier-" + ID.format(at), at, what, m);
    }

    static EvaluationRun tune(TuneUseCase.Command c, TuneUseCase.Result r, Collection<TradeOffPoint> evaluated,
            Instant at) {
        Map<String, Double> m = header(r.validationSessions(), r.testSessions(), r.trueSat(), c.sessions().k());
        m.put("feasible", r.feasible() ? 1.0 : 0.0);
        c.targets().forEach((o, t) -> m.put("target." + o, t));
        if (Double.isFinite(c.maxSatLossPercent())) {
            m.put("max_sat_loss", c.maxSatLossPercent());
        }
        m.put("evaluations", (double) r.evaluations());
        List<TradeOffPoint> points = List.copyOf(evaluated);
        for (int i = 0; i < points.size(); i++) {
            TradeOffPoint p = points.get(i);
            boolean chosen = p.knobs().equals(r.chosen().knobs());
            point(m, chosen ? r.chosen() : p, String.format("%03d", i));
            if (chosen) {
                m.put("chosen.point", (double) i);
            }
        }
        String what = "tune " + c.method().name() + ": " + c.targets().entrySet().stream().sorted(Map.Entry
                .comparingByKey()).map(e -> e.getKey() + " +" + trim(e.getValue()) + " %").collect(Collectors
                .joining(", ")) + (Double.isFinite(c.maxSatLossPercent()) ? ", SAT loss <= " + trim(c
                .maxSatLossPercent()) + " %" : "") + "; " + (r.feasible() ? "feasible" : "infeasible") + "; "
                + r.search() + "; seed " + c.sessions().seed() + "; chosen policy " + r.chosen().policy();
        return new EvaluationRun("tune-" + ID.format(at), at, what, m);
    }

    private static Map<String, Double> header(long validation, long test, boolean trueSat, int k) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("sessions.validation", (double) validation);
        m.put("sessions.test", (double) test);
        m.put("true_sat", trueSat ? 1.0 : 0.0);
        m.put("k", (double) k);
        return m;
    }

    private static void point(Map<String, Double> m, TradeOffPoint p, String id) {
        String at = "point." + p.method() + "." + id;
        p.knobs().forEach((k, v) -> m.put(at + ".knob." + k, v));
        figures(m, at + ".validation", p.validation(), false);
        p.test().ifPresent(t -> figures(m, at + ".test", t, true));
    }

    private static void figures(Map<String, Double> m, String at, Figures f, boolean intervals) {
        put(m, at + ".sat_loss", f.satLossPercent(), intervals);
        f.gainPercent().forEach((o, e) -> put(m, at + ".gain." + o, e, intervals));
        Optional<Estimate> logged = f.loggedSatPercent();
        logged.ifPresent(e -> put(m, at + ".logged_sat_change", e, intervals));
    }

    private static void put(Map<String, Double> m, String key, Estimate e, boolean intervals) {
        m.put(key, e.value());
        if (intervals) {
            m.put(key + ".low", e.low());
            m.put(key + ".high", e.high());
        }
    }

    private static String trim(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
