package org.mostra4j.domain.scoring;

import java.util.function.ToDoubleFunction;

/**
 * A scorer defined by any function of the per-objective counts, g(S) = f(c(S)). Incremental and order
 * invariant by construction; whether it is normalised, monotone or submodular depends on f. The law
 * canaries use it to build deliberately broken scorers.
 */
public final class CountScorer implements ObjectiveScorer {
    private final ToDoubleFunction<int[]> f;

    public CountScorer(ToDoubleFunction<int[]> f) {
        this.f = f;
    }

    /** g(S) = Σ_k φ(c_k(S)) for an arbitrary φ on counts. */
    public static CountScorer perObjective(java.util.function.IntToDoubleFunction phi) {
        return new CountScorer(counts -> {
            double v = 0;
            for (int c : counts) {
                v += phi.applyAsDouble(c);
            }
            return v;
        });
    }

    @Override
    public State start(ScoringUniverse universe) {
        return new CountState(universe, new int[universe.objectiveCount()]);
    }

    private final class CountState implements State {
        private final ScoringUniverse universe;
        private final int[] counts;

        CountState(ScoringUniverse universe, int[] counts) {
            this.universe = universe;
            this.counts = counts;
        }

        @Override
        public double value() {
            return f.applyAsDouble(counts);
        }

        @Override
        public double gain(int item) {
            return ((CountState) plus(item)).value() - value();
        }

        @Override
        public State plus(int item) {
            int[] next = counts.clone();
            for (int k = 0; k < next.length; k++) {
                if (universe.serves(item, k)) {
                    next[k]++;
                }
            }
            return new CountState(universe, next);
        }
    }
}
