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
    void policyLengthIsIgnoredSoTheWholeSetIsOrdered() {
        MostraBeam short3 = new MostraBeam(PolicyLabel.of("m"), SequencingPolicy.defaults().withLength(3));
        assertEquals(4, short3.order(Sessions.workedExample()).length);
    }
}
