package org.mostra4j.domain.evaluation;

import java.util.Arrays;

/**
 * Computes every metric of {@link MetricLayout} for one served order of one session. A metric that the
 * session cannot support is marked undefined (logged metrics without every label, true metrics without
 * an oracle, coverage when no candidate serves any objective) and is left out of the averages.
 */
public final class SessionScorer {
    private final int k;

    public SessionScorer(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    /**
     * Scores a served order without the truth (the true metrics stay undefined).
     *
     * @param order   a permutation of the candidate indices (served order)
     * @param values  receives the metric values (length = layout size)
     * @param defined receives whether each metric is defined for this session
     */
    public void score(EvaluationSession s, int[] order, double[] values, boolean[] defined) {
        scoreAll(s, order, null, values, defined);
    }

    /**
     * Scores a served order with the true expected completion at each served position.
     */
    public void score(EvaluationSession s, int[] order, double[] trueCompletions, double[] values, boolean[] defined) {
        if (trueCompletions.length != order.length) {
            throw new IllegalArgumentException("trueCompletions has " + trueCompletions.length + " values for "
                    + order.length + " positions");
        }
        scoreAll(s, order, trueCompletions, values, defined);
    }

    private void scoreAll(EvaluationSession s, int[] order, double[] trueCompletions, double[] values,
            boolean[] defined) {
        Arrays.fill(defined, false);
        Arrays.fill(values, 0.0);
        int n = order.length;
        int m = Math.min(k, n);
        double[] served = new double[n];
        for (int t = 0; t < n; t++) {
            served[t] = s.relevance(order[t]);
        }
        set(values, defined, MetricLayout.SAT_PREDICTED, RankMetrics.satAt(served, k));
        set(values, defined, MetricLayout.NDCG_PREDICTED, RankMetrics.ndcgAt(served, s.relevanceDescending(), k));
        if (s.fullyLabelled()) {
            int positives = 0;
            for (int t = 0; t < n; t++) {
                served[t] = s.loggedGain(order[t]);
                positives += served[t] > 0 ? 1 : 0;
            }
            double[] ideal = new double[n];
            Arrays.fill(ideal, 0, positives, 1.0);
            set(values, defined, MetricLayout.SAT_LOGGED, RankMetrics.satAt(served, k));
            set(values, defined, MetricLayout.NDCG_LOGGED, RankMetrics.ndcgAt(served, ideal, k));
        }
        if (trueCompletions != null) {
            set(values, defined, MetricLayout.SAT_TRUE, RankMetrics.satAt(trueCompletions, k));
            set(values, defined, MetricLayout.NDCG_TRUE, RankMetrics.ndcgAt(trueCompletions, k));
        }
        objectives(s, order, m, values, defined);
    }

    private static void objectives(EvaluationSession s, int[] order, int m, double[] values, boolean[] defined) {
        long available = 0;
        for (int i = 0; i < s.size(); i++) {
            available |= s.mask(i);
        }
        long covered = 0;
        int objectives = s.objectives().size();
        int[] counts = new int[objectives];
        for (int t = 0; t < m; t++) {
            long mask = s.mask(order[t]);
            covered |= mask;
            while (mask != 0) {
                counts[Long.numberOfTrailingZeros(mask)]++;
                mask &= mask - 1;
            }
        }
        for (int o = 0; o < objectives; o++) {
            set(values, defined, MetricLayout.count(o), counts[o]);
            set(values, defined, MetricLayout.share(o), m == 0 ? 0.0 : (double) counts[o] / m);
        }
        if (available != 0) {
            set(values, defined, MetricLayout.COVERAGE, (double) Long.bitCount(covered) / Long.bitCount(available));
        }
    }

    private static void set(double[] values, boolean[] defined, int index, double value) {
        values[index] = value;
        defined[index] = true;
    }
}
