package org.mostra4j.domain.evaluation.policy;

import java.util.Map;
import java.util.Objects;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * Sorts by s_i + λ Σ_k w_k o_ik (ties by relevance, then track id): a fixed bonus per objective served,
 * blind to what is already in the list (modular, no diminishing returns, no ε bound).
 */
public final class LinearScalarisation implements RankingPolicy {
    private final double lambda;
    private final Map<ObjectiveId, Double> weights;

    /** @param weights w_k per objective; objectives not named weigh 1 */
    public LinearScalarisation(double lambda, Map<ObjectiveId, Double> weights) {
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        this.lambda = lambda;
        this.weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
    }

    @Override
    public PolicyLabel label() {
        return new PolicyLabel("linear", "lambda", lambda);
    }

    @Override
    public int[] order(EvaluationSession s) {
        int objectives = s.objectives().size();
        double[] w = new double[objectives];
        for (int k = 0; k < objectives; k++) {
            w[k] = weights.getOrDefault(s.objectives().get(k), 1.0);
        }
        return Orders.byScoreDescending(s, i -> {
            double bonus = 0.0;
            for (int k = 0; k < objectives; k++) {
                if (s.serves(i, k)) {
                    bonus += w[k];
                }
            }
            return s.relevance(i) + lambda * bonus;
        });
    }
}
