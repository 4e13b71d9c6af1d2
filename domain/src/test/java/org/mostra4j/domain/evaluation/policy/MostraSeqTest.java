package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;
import org.mostra4j.domain.search.LinearPrefixHead;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.search.SequencingPolicy;

class MostraSeqTest implements RankingPolicyLaws {
    /** A head that dislikes a Discovery track after Discovery tracks, and tires with position. */
    static final LinearPrefixHead HEAD = new LinearPrefixHead(
            List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE),
            List.of(0.1, -0.2, 0.0, 0.0, 0.0, 0.0, 0.05, -0.8, -0.3, 0.0, 0.0, 0.0, 0.1, 0.0));

    @Override
    public RankingPolicy policy() {
        return new MostraSeq(new PolicyLabel(MostraSeq.METHOD, "epsilon", 0.05), SequencingPolicy.defaults(), HEAD);
    }

    @Test
    void lawWithoutCorrectionItServesMostrasOrder() {
        qt().withExamples(60).forAll(longs().between(0, 1_000_000), integers().between(1, 14)).checkAssert((seed, n) -> {
            EvaluationSession s = Sessions.random(seed, n);
            for (SequencingPolicy p : List.of(SequencingPolicy.defaults(), SequencingPolicy.defaults().withLength(3),
                    SequencingPolicy.defaults().withBeamWidth(1).withEpsilon(0.2))) {
                assertArrayEquals(new MostraBeam(PolicyLabel.of("m"), p).order(s),
                        new MostraSeq(PolicyLabel.of("q"), p, PrefixRelevance.NONE).order(s));
            }
        });
    }

    @Test
    void theWorkedExampleIsUnchangedWithoutCorrection() {
        for (double e : new double[] {0.0, 0.05, 0.2}) {
            MostraSeq seq = new MostraSeq(PolicyLabel.of("q"), SequencingPolicy.defaults().withEpsilon(e),
                    PrefixRelevance.NONE);
            assertEquals(PolicyOrders.tracks(MostraBeamTest.at(e), Sessions.workedExample()),
                    PolicyOrders.tracks(seq, Sessions.workedExample()));
        }
    }

    @Test
    void theSweepsComeAtTheBaseBeamAndAtBeamOne() {
        List<RankingPolicy> all = SequenceAwarePolicies.of(SequencingPolicy.defaults(), List.of(0.0, 0.05),
                List.of(0.07, 0.2), HEAD);
        Set<String> labels = all.stream().map(p -> p.label().display()).collect(Collectors.toSet());
        assertEquals(Set.of("mostra-seq[epsilon=0]", "mostra-seq[epsilon=0.05]", "mostra-seq-lambda[lambda=0.07]",
                "mostra-seq-lambda[lambda=0.2]", "mostra-seq-b1[epsilon=0]", "mostra-seq-b1[epsilon=0.05]",
                "mostra-seq-lambda-b1[lambda=0.07]", "mostra-seq-lambda-b1[lambda=0.2]"), labels);
        all.forEach(p -> assertEquals(p.label().method().endsWith("-b1") ? 1 : 5,
                ((MostraSeq) p).policy().beamWidth(), p.label().display()));
    }
}
