package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;
import org.mostra4j.domain.search.SequencingPolicy;

class MostraBeamTest implements RankingPolicyLaws {
    static MostraBeam at(double epsilon) {
        return new MostraBeam(new PolicyLabel("mostra-eps", "epsilon", epsilon),
                SequencingPolicy.defaults().withEpsilon(epsilon));
    }

    @Override
    public RankingPolicy policy() {
        return at(0.05);
    }

    @Test
    void workedExampleOfTheSpec() {
        assertEquals(List.of("t1", "t2", "t4", "t3"), PolicyOrders.tracks(at(0), Sessions.workedExample()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), PolicyOrders.tracks(at(0.05), Sessions.workedExample()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), PolicyOrders.tracks(at(0.2), Sessions.workedExample()));
    }

    @Test
    void lawEpsilonZero_isTheSatOnlyOrderWhenRelevancesAreDistinct() {
        qt().withExamples(60).forAll(longs().between(0, 1_000_000), integers().between(1, 14)).checkAssert((seed, n) -> {
            EvaluationSession s = Sessions.random(seed, n);
            assertArrayEquals(new SatOnly().order(s), at(0).order(s));
        });
    }

    @Test
    void beyondThePolicyLengthTheRestFollowsInSatOrder() {
        // K = 1 at ε = 0.05: the beam places t2 (0.95 + 0.07); t1, t4, t3 follow by relevance
        MostraBeam first = new MostraBeam(PolicyLabel.of("m"), SequencingPolicy.defaults().withLength(1));
        assertEquals(List.of("t2", "t1", "t4", "t3"), PolicyOrders.tracks(first, Sessions.workedExample()));
    }

    @Test
    void lawPrefix_withLengthKTheTopKEqualsGreedyFullLengthForBeamOne() {
        qt().withExamples(40).forAll(longs().between(0, 1_000_000), integers().between(1, 14)).checkAssert((seed, n) -> {
            EvaluationSession s = Sessions.random(seed, n);
            SequencingPolicy greedy = SequencingPolicy.defaults().withBeamWidth(1).withEpsilon(0.2);
            int[] full = new MostraBeam(PolicyLabel.of("f"), greedy).order(s);
            int[] top3 = new MostraBeam(PolicyLabel.of("k"), greedy.withLength(3)).order(s);
            assertArrayEquals(java.util.Arrays.copyOf(full, Math.min(3, n)), java.util.Arrays.copyOf(top3, Math.min(3, n)));
        });
    }
}
