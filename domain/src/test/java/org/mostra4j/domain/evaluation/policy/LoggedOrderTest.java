package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;

class LoggedOrderTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new LoggedOrder();
    }

    @Test
    void servesTheLoggedOrder() {
        assertEquals(List.of("t1", "t2", "t3", "t4"), PolicyOrders.tracks(policy(), Sessions.workedExample()));
    }
}
