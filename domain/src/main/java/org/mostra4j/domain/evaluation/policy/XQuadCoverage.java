package org.mostra4j.domain.evaluation.policy;

import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;

/**
 * xQuAD-style objective coverage re-ranking (our implementation after Santos et al., WWW 2010), with the
 * objectives as aspects. Greedily appends the candidate maximising
 * {@code (1 − λ) s_i + λ Σ_k p_k · P(i|k) · Π_{j ∈ S} (1 − P(j|k))}, where p_k = 1/K is uniform over the
 * evaluated objectives and P(i|k) = s_i when i serves k, else 0: an objective's bonus shrinks as
 * satisfying tracks serving it are placed. Ties by relevance, then track id. λ = 0 is SAT-only.
 */
public final class XQuadCoverage implements RankingPolicy {
    private final double lambda;

    public XQuadCoverage(double lambda) {
        if (!Double.isFinite(lambda) || lambda < 0 || lambda > 1) {
            throw new IllegalArgumentException("xQuAD lambda must be in [0,1], was " + lambda);
        }
        this.lambda = lambda;
    }

    @Override
    public PolicyLabel label() {
        return new PolicyLabel("xquad", "lambda", lambda);
    }

    @Override
    public int[] order(EvaluationSession s) {
        int n = s.size();
        int objectives = s.objectives().size();
        double aspect = objectives == 0 ? 0.0 : 1.0 / objectives;
        double[] uncovered = new double[objectives];
        java.util.Arrays.fill(uncovered, 1.0);
        boolean[] used = new boolean[n];
        int[] out = new int[n];
        for (int t = 0; t < n; t++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (used[i]) {
                    continue;
                }
                double score = score(s, i, aspect, uncovered);
                if (best < 0 || score > bestScore || (score == bestScore && Orders.moreRelevant(s, i, best))) {
                    best = i;
                    bestScore = score;
                }
            }
            used[best] = true;
            out[t] = best;
            for (int k = 0; k < objectives; k++) {
                if (s.serves(best, k)) {
                    uncovered[k] *= 1 - s.relevance(best);
                }
            }
        }
        return out;
    }

    /** (1 − λ) s_i + λ Σ_k p_k · P(i|k) · (probability that no placed track satisfied aspect k). */
    private double score(EvaluationSession s, int i, double aspect, double[] uncovered) {
        double diversity = 0.0;
        for (int k = 0; k < uncovered.length; k++) {
            if (s.serves(i, k)) {
                diversity += aspect * s.relevance(i) * uncovered[k];
            }
        }
        return (1 - lambda) * s.relevance(i) + lambda * diversity;
    }
}
