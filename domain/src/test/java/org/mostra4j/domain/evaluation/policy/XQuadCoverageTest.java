package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;

class XQuadCoverageTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new XQuadCoverage(0.5);
    }

    @Test
    void coverageBonusPicksUncoveredObjectives() {
        // step 1: t1 .48, t2 .475 + .5·(.95/3) = .6333, t3 .4 + .5·(.8/3) = .5333, t4 .465 + .5·(.93/3) = .62
        // step 2: t4 .62 (boost still uncovered); step 3: t3 .5333 > t1 .48
        assertEquals(List.of("t2", "t4", "t3", "t1"), PolicyOrders.tracks(policy(), Sessions.workedExample()));
    }

    @Test
    void lambdaZeroIsSatOnly() {
        assertEquals(List.of("t1", "t2", "t4", "t3"), PolicyOrders.tracks(new XQuadCoverage(0), Sessions.workedExample()));
    }
}
