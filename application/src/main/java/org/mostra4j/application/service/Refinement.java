package org.mostra4j.application.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.MultivariateOptimizer;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.mostra4j.application.port.in.TradeOffMethod;
import org.mostra4j.application.port.in.TradeOffMethod.Knob;

/**
 * Local refinement of a grid point: the continuous knobs move within their bounds (scaled to [0,1]), the others
 * stay as in the start point. Two or more continuous knobs: Powell's BOBYQA (Apache Commons Math 3.6.1), a
 * derivative-free trust-region method that honours bounds and needs few evaluations (each evaluation re-orders
 * every validation session); one knob: Brent's method on its interval. Values are rounded to 4 decimals before
 * they are evaluated, so the policy a user is given is exactly the one measured.
 */
final class Refinement {
    private Refinement() {
    }

    /** Why the search stopped, for the run's description. */
    static String optimiser(TradeOffMethod method) {
        int n = method.continuousKnobs().size();
        return n >= 2 ? "BOBYQA (Commons Math 3.6.1) over " + n + " continuous knobs"
                : n == 1 ? "Brent (Commons Math 3.6.1) over 1 continuous knob" : "none (no continuous knob)";
    }

    /**
     * Minimises {@code cost} from {@code start} for at most {@code evaluations} calls of it; the caller keeps track
     * of the best setting seen (the optimisers' own answer may be one they never evaluated after rounding).
     */
    static void run(TradeOffMethod method, Map<String, Double> start, int evaluations,
            ToDoubleFunction<Map<String, Double>> cost) {
        List<Knob> free = method.continuousKnobs();
        if (free.isEmpty() || evaluations < 1) {
            return;
        }
        double[] x0 = new double[free.size()];
        for (int i = 0; i < x0.length; i++) {
            Knob k = free.get(i);
            x0[i] = k.high() > k.low() ? (start.get(k.name()) - k.low()) / (k.high() - k.low()) : 0.0;
        }
        try {
            if (free.size() == 1) {
                UnivariateOptimizer brent = new BrentOptimizer(1e-3, 1e-4);
                brent.optimize(new MaxEval(evaluations), GoalType.MINIMIZE, new SearchInterval(0, 1, x0[0]),
                        new UnivariateObjectiveFunction(x -> cost.applyAsDouble(setting(start, free, new double[] {x}))));
            } else {
                int n = free.size();
                MultivariateOptimizer bobyqa = new BOBYQAOptimizer(2 * n + 1, 0.15, 1e-3);
                double[] lo = new double[n];
                double[] hi = new double[n];
                java.util.Arrays.fill(hi, 1.0);
                bobyqa.optimize(new MaxEval(evaluations), GoalType.MINIMIZE, new InitialGuess(x0),
                        new SimpleBounds(lo, hi), new ObjectiveFunction(x -> cost.applyAsDouble(setting(start, free, x))));
            }
        } catch (TooManyEvaluationsException used) {
            // the budget is spent: the best setting seen so far stands
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            // too few evaluations left for BOBYQA's interpolation set, or a degenerate start: keep the best seen
        }
    }

    private static Map<String, Double> setting(Map<String, Double> start, List<Knob> free, double[] x) {
        Map<String, Double> out = new LinkedHashMap<>(start);
        for (int i = 0; i < x.length; i++) {
            Knob k = free.get(i);
            double v = k.low() + Math.min(1, Math.max(0, x[i])) * (k.high() - k.low());
            out.put(k.name(), Math.round(v * 1e4) / 1e4);
        }
        return out;
    }
}
