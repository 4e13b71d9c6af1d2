package org.mostra4j.domain.scoring;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * Weighted concave coverage: g(S) = λ · Σ_k w_k · φ_k(c_k(S)), where c_k(S) counts the placed items
 * serving objective k. Monotone and submodular because every φ_k is concave and non-decreasing with
 * φ_k(0) = 0 and every w_k ≥ 0.
 *
 * <p>Gains are read from per-objective tables of φ differences built once per session, so one gain
 * costs one table lookup per objective the item serves.
 */
public final class ConcaveCoverage implements ObjectiveScorer {
    private final double lambda;
    private final Function<ObjectiveId, Double> weight;
    private final Function<ObjectiveId, Concave> concave;

    /**
     * @param lambda  the overall scale λ ≥ 0
     * @param weight  w_k per objective (≥ 0)
     * @param concave φ_k per objective
     */
    public ConcaveCoverage(double lambda, Function<ObjectiveId, Double> weight, Function<ObjectiveId, Concave> concave) {
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        this.lambda = lambda;
        this.weight = Objects.requireNonNull(weight, "weight");
        this.concave = Objects.requireNonNull(concave, "concave");
    }

    /** The same φ and weight 1 for every objective. */
    public static ConcaveCoverage uniform(double lambda, Concave phi) {
        return new ConcaveCoverage(lambda, o -> 1.0, o -> phi);
    }

    public static ConcaveCoverage of(double lambda, Map<ObjectiveId, Double> weights, Map<ObjectiveId, Concave> phis,
            Concave defaultPhi) {
        return new ConcaveCoverage(lambda, o -> weights.getOrDefault(o, 1.0), o -> phis.getOrDefault(o, defaultPhi));
    }

    @Override
    public State start(ScoringUniverse universe) {
        int k = universe.objectiveCount();
        int n = universe.size();
        double[][] delta = new double[k][n + 1];
        for (int o = 0; o < k; o++) {
            ObjectiveId id = universe.objective(o);
            double w = weight(id);
            Concave phi = concave(id);
            for (int c = 0; c < n; c++) {
                delta[o][c] = delta(lambda, w, phi, c);
            }
        }
        return new CoverageState(universe, delta, new int[k], 0.0);
    }

    /** λ. */
    public double lambda() {
        return lambda;
    }

    /** w_k of {@code objective}, checked: finite and ≥ 0. */
    public double weight(ObjectiveId objective) {
        double w = weight.apply(objective);
        if (!Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException("weight of " + objective + " must be finite and >= 0, was " + w);
        }
        return w;
    }

    /** φ_k of {@code objective}. */
    public Concave concave(ObjectiveId objective) {
        return concave.apply(objective);
    }

    /**
     * The gain of one more item serving an objective already served {@code count} times: λ · w · (φ(c + 1) − φ(c)),
     * the one expression every table of this scorer is filled with (decoders that cache these tables per (λ, w, φ)
     * use it too, so their gains are the same doubles).
     */
    public static double delta(double lambda, double w, Concave phi, int count) {
        return lambda * w * (phi.apply(count + 1) - phi.apply(count));
    }

    private static final class CoverageState implements State {
        /** These two and {@link #value} are rewritten only by {@link #plusReusing} on a state its caller gave up. */
        private ScoringUniverse universe;
        private double[][] delta;
        private final int[] counts;
        private double value;

        CoverageState(ScoringUniverse universe, double[][] delta, int[] counts, double value) {
            this.universe = universe;
            this.delta = delta;
            this.counts = counts;
            this.value = value;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double gain(int item) {
            long mask = universe.mask(item);
            double g = 0.0;
            while (mask != 0) {
                int o = Long.numberOfTrailingZeros(mask);
                g += delta[o][counts[o]];
                mask &= mask - 1;
            }
            return g;
        }

        /**
         * Σ_k of the next φ difference of every objective, summed in objective order like {@link #gain}:
         * an item's gain adds a subset of these non-negative terms in the same order, and rounding is
         * monotone, so no computed gain exceeds this sum.
         */
        @Override
        public double gainBound() {
            double b = 0.0;
            for (int o = 0; o < counts.length; o++) {
                b += delta[o][counts[o]];
            }
            return b;
        }

        @Override
        public State plus(int item) {
            int[] next = counts.clone();
            long mask = universe.mask(item);
            while (mask != 0) {
                next[Long.numberOfTrailingZeros(mask)]++;
                mask &= mask - 1;
            }
            return new CoverageState(universe, delta, next, value + gain(item));
        }

        /** Writes the successor into {@code recycled} when it is a coverage state over as many objectives. */
        @Override
        public State plusReusing(int item, State recycled) {
            if (!(recycled instanceof CoverageState r) || r == this || r.counts.length != counts.length) {
                return plus(item);
            }
            r.universe = universe;
            r.delta = delta;
            double next = value + gain(item);
            System.arraycopy(counts, 0, r.counts, 0, counts.length);
            long mask = universe.mask(item);
            while (mask != 0) {
                r.counts[Long.numberOfTrailingZeros(mask)]++;
                mask &= mask - 1;
            }
            r.value = next;
            return r;
        }
    }
}
