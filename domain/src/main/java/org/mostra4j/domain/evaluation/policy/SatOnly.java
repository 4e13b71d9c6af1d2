package org.mostra4j.domain.evaluation.policy;

import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;

/** Sorts by predicted satisfaction (ties by track id): Mostra at ε = 0, the reference of every % change. */
public final class SatOnly implements RankingPolicy {
    public static final PolicyLabel LABEL = PolicyLabel.of("sat-only");

    @Override
    public PolicyLabel label() {
        return LABEL;
    }

    @Override
    public int[] order(EvaluationSession session) {
        return Orders.byScoreDescending(session, session::relevance);
    }
}
