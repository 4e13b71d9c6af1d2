package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;

class RandomOrderTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new RandomOrder(11);
    }

    @Test
    void anotherSeedGivesAnotherOrder() {
        EvaluationSession s = Sessions.random(5, 20);
        assertNotEquals(PolicyOrders.tracks(new RandomOrder(1), s), PolicyOrders.tracks(new RandomOrder(2), s));
    }
}
