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
 * The policy's length is ignored: the whole candidate set is ordered, since the evaluator serves the
 * full list and reads the top k.
 */
public final class MostraBeam implements RankingPolicy {
    private final PolicyLabel label;
    private final SequencingPolicy policy;
    private final ObjectiveScorer scorer;

    public MostraBeam(PolicyLabel label, SequencingPolicy policy) {
        this.label = Objects.requireNonNull(label, "label");
        this.policy = Objects.requireNonNull(policy, "policy").withLength(SequencingPolicy.ALL);
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
        int[] out = new int[placed.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = session.indexOf(placed.get(t).track());
        }
        return out;
    }
}
