package org.mostra4j.domain.evaluation.policy;

import java.util.SplittableRandom;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;

/** A uniformly random order, seeded by the policy seed and the session id (so it is reproducible). */
public final class RandomOrder implements RankingPolicy {
    private final long seed;

    public RandomOrder(long seed) {
        this.seed = seed;
    }

    @Override
    public PolicyLabel label() {
        return PolicyLabel.of("random");
    }

    @Override
    public int[] order(EvaluationSession session) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + session.id().value().hashCode());
        int[] out = new int[session.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
