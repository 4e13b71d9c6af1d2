package org.mostra4j.domain.evaluation.policy;

import java.util.ArrayList;
import java.util.List;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * The {@code mostra-seq} sweeps, added to {@link StandardPolicies} when the model has a prefix head.
 * Each sweep comes at the base beam width and at B = 1, so the report shows what the beam buys once a
 * track's SAT depends on what precedes it.
 *
 * <ul>
 *   <li>{@code mostra-seq} / {@code mostra-seq-b1}: ε ∈ epsilons at the base λ (default 0.07);</li>
 *   <li>{@code mostra-seq-lambda} / {@code mostra-seq-lambda-b1}: λ ∈ lambdas at ε = {@link #LAMBDA_EPSILON},
 *       a band wide enough for λ to act (at the base ε = 0.05 the λ sweep of Mostra stops within 0.06 %
 *       true-SAT loss).</li>
 * </ul>
 */
public final class SequenceAwarePolicies {
    public static final double LAMBDA_EPSILON = 0.2;

    private SequenceAwarePolicies() {
    }

    public static List<RankingPolicy> of(SequencingPolicy base, List<Double> epsilons, List<Double> lambdas,
            PrefixRelevance head) {
        List<RankingPolicy> out = new ArrayList<>();
        for (int beam : new int[] {base.beamWidth(), 1}) {
            String suffix = beam == 1 ? "-b1" : "";
            for (double e : epsilons) {
                out.add(new MostraSeq(new PolicyLabel(MostraSeq.METHOD + suffix, "epsilon", e),
                        base.withEpsilon(e).withBeamWidth(beam), head));
            }
            for (double l : lambdas) {
                out.add(new MostraSeq(new PolicyLabel(MostraSeq.METHOD + "-lambda" + suffix, "lambda", l),
                        base.withEpsilon(LAMBDA_EPSILON).withLambda(l).withBeamWidth(beam), head));
            }
        }
        return out;
    }
}
