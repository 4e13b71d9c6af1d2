package org.mostra4j.domain.evaluation.policy;

import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;

/** Serves the candidates in the order they were logged (what production did). */
public final class LoggedOrder implements RankingPolicy {
    @Override
    public PolicyLabel label() {
        return PolicyLabel.of("logged");
    }

    @Override
    public int[] order(EvaluationSession session) {
        int[] out = new int[session.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }
}
