package org.mostra4j.domain.evaluation.policy;

import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.search.PrefixAwareBeamSearch;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Placement;

/**
 * {@code mostra-seq}: Mostra whose SAT depends on the prefix already placed ({@link PrefixAwareBeamSearch}
 * with a learned {@link PrefixRelevance}). Its knobs are a {@link SequencingPolicy}'s (ε, λ, weights, φ,
 * B, K, discount) plus the head. As in {@link MostraBeam}, the beam orders the first K positions and the
 * rest follow in set-level SAT order, so the served list is a permutation of the whole candidate set.
 */
public final class MostraSeq implements RankingPolicy {
    public static final String METHOD = "mostra-seq";
    private final PolicyLabel label;
    private final SequencingPolicy policy;
    private final PrefixRelevance head;
    private final ObjectiveScorer scorer;

    public MostraSeq(PolicyLabel label, SequencingPolicy policy, PrefixRelevance head) {
        this.label = Objects.requireNonNull(label, "label");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.head = Objects.requireNonNull(head, "head");
        this.scorer = this.policy.scorer();
    }

    public SequencingPolicy policy() {
        return policy;
    }

    public PrefixRelevance head() {
        return head;
    }

    @Override
    public PolicyLabel label() {
        return label;
    }

    @Override
    public int[] order(EvaluationSession session) {
        List<Placement> placed = PrefixAwareBeamSearch.search(session.id(), session.labelled(), scorer, policy, head)
                .placements();
        return Orders.placedThenByRelevance(session, placed);
    }
}
