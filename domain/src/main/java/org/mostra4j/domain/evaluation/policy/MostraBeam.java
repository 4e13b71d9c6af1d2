package org.mostra4j.domain.evaluation.policy;

import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Placement;

/**
 * Mostra: ε filter and submodular beam search ({@link BeamSearch}) under one {@link SequencingPolicy}.
 * The beam orders the first K positions (the policy's length; all candidates when it is 0); the
 * candidates it leaves out follow in SAT order (ties by track id), so the served list is always a
 * permutation of the whole candidate set. With K = k the @k metrics see exactly what a k-slot product
 * would serve, at a fraction of the cost of ordering all n.
 */
public final class MostraBeam implements RankingPolicy {
    private final PolicyLabel label;
    private final SequencingPolicy policy;
    private final ObjectiveScorer scorer;

    public MostraBeam(PolicyLabel label, SequencingPolicy policy) {
        this.label = Objects.requireNonNull(label, "label");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.scorer = this.policy.scorer();
    }

    public SequencingPolicy policy() {
        return policy;
    }

    @Override
    public PolicyLabel label() {
        return label;
    }

    @Override
    public int[] order(EvaluationSession session) {
        List<Placement> placed = BeamSearch.search(session.id(), session.labelled(), scorer, policy).placements();
        return Orders.placedThenByRelevance(session, placed);
    }
}
