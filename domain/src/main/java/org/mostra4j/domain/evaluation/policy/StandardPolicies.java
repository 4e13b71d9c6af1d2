package org.mostra4j.domain.evaluation.policy;

import java.util.ArrayList;
import java.util.List;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.Concave;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * The standard comparison: SAT-only (the reference), logged order, random, Mostra over an ε sweep and a
 * λ sweep, the baselines over their own knob, and the Mostra ablations.
 *
 * <ul>
 *   <li>{@code mostra-eps}: ε ∈ epsilons at the base policy's λ (default 0.07), B = 5, φ = sqrt;</li>
 *   <li>{@code mostra-lambda}: λ ∈ lambdas at the base policy's ε (default 0.05);</li>
 *   <li>{@code linear}: sort by s_i + λ Σ w_k o_ik, λ ∈ lambdas;</li>
 *   <li>{@code quota}: fixed-slot interleaving, reserved share ∈ {@link #QUOTA_SHARES};</li>
 *   <li>{@code xquad}: xQuAD coverage, λ ∈ {@link #XQUAD_LAMBDAS};</li>
 *   <li>{@code greedy-b1}: B = 1 over the ε sweep; {@code linear-g}: φ = x over the ε sweep;
 *       {@code no-eps}: ε = 1 (no filter) over the λ sweep.</li>
 * </ul>
 */
public final class StandardPolicies {
    public static final List<Double> QUOTA_SHARES = List.of(0.1, 0.2, 0.3, 0.4, 0.5);
    public static final List<Double> XQUAD_LAMBDAS = List.of(0.1, 0.2, 0.3, 0.5, 0.7, 0.9);

    private StandardPolicies() {
    }

    /**
     * @param base       the Mostra policy the sweeps vary (its ε for the λ sweep, its λ for the ε sweep)
     * @param objectives the evaluated objectives (for the linear-g ablation)
     */
    public static List<RankingPolicy> of(SequencingPolicy base, List<Double> epsilons, List<Double> lambdas,
            List<ObjectiveId> objectives, long seed) {
        List<RankingPolicy> out = new ArrayList<>();
        out.add(new SatOnly());
        out.add(new LoggedOrder());
        out.add(new RandomOrder(seed));
        for (double e : epsilons) {
            out.add(new MostraBeam(new PolicyLabel("mostra-eps", "epsilon", e), base.withEpsilon(e)));
        }
        for (double l : lambdas) {
            out.add(new MostraBeam(new PolicyLabel("mostra-lambda", "lambda", l), base.withLambda(l)));
        }
        for (double l : lambdas) {
            out.add(new LinearScalarisation(l, base.weights()));
        }
        QUOTA_SHARES.forEach(q -> out.add(new FixedSlotInterleaving(q)));
        XQUAD_LAMBDAS.forEach(l -> out.add(new XQuadCoverage(l)));
        SequencingPolicy linearG = base;
        for (ObjectiveId o : objectives) {
            linearG = linearG.withConcave(o, Concave.LINEAR);
        }
        for (double e : epsilons) {
            out.add(new MostraBeam(new PolicyLabel("greedy-b1", "epsilon", e), base.withEpsilon(e).withBeamWidth(1)));
        }
        for (double e : epsilons) {
            out.add(new MostraBeam(new PolicyLabel("linear-g", "epsilon", e), linearG.withEpsilon(e)));
        }
        for (double l : lambdas) {
            out.add(new MostraBeam(new PolicyLabel("no-eps", "lambda", l), base.withEpsilon(1.0).withLambda(l)));
        }
        return out;
    }

}
