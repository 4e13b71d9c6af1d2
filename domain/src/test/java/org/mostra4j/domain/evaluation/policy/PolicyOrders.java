package org.mostra4j.domain.evaluation.policy;

import java.util.List;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.RankingPolicy;

/** Reads a policy's order as track ids. */
final class PolicyOrders {
    private PolicyOrders() {
    }

    static List<String> tracks(RankingPolicy policy, EvaluationSession s) {
        return s.tracks(policy.order(s)).stream().map(t -> t.value()).toList();
    }
}
