package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;

class FixedSlotInterleavingTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new FixedSlotInterleaving(0.5);
    }

    @Test
    void everySecondSlotGoesToTheNextObjectiveInTurn() {
        // slot 1 free -> t1; slot 2 boost -> t4; slot 3 free -> t2; slot 4 discovery -> t3
        assertEquals(List.of("t1", "t4", "t2", "t3"), PolicyOrders.tracks(policy(), Sessions.workedExample()));
    }

    @Test
    void shareZeroIsSatOnlyAndShareOneFillsEverySlotFromTheObjectives() {
        assertEquals(List.of("t1", "t2", "t4", "t3"),
                PolicyOrders.tracks(new FixedSlotInterleaving(0), Sessions.workedExample()));
        // boost -> t4, discovery -> t3, exposure -> t2, boost (none left) -> t1
        assertEquals(List.of("t4", "t3", "t2", "t1"),
                PolicyOrders.tracks(new FixedSlotInterleaving(1), Sessions.workedExample()));
    }
}
