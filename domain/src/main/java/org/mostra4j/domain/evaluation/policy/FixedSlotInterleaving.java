package org.mostra4j.domain.evaluation.policy;

import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;

/**
 * Fixed-slot interleaving (quotas): a share ρ of the positions is reserved for objective tracks. Position
 * t is an objective slot when ⌊tρ⌋ > ⌊(t−1)ρ⌋; objective slots go to the objectives in turn (id order),
 * each filled with the most relevant remaining track serving that objective (the most relevant remaining
 * track when none does); every other slot takes the most relevant remaining track. ρ = 0 is SAT-only.
 */
public final class FixedSlotInterleaving implements RankingPolicy {
    private final double share;

    public FixedSlotInterleaving(double share) {
        if (!Double.isFinite(share) || share < 0 || share > 1) {
            throw new IllegalArgumentException("quota share must be in [0,1], was " + share);
        }
        this.share = share;
    }

    @Override
    public PolicyLabel label() {
        return new PolicyLabel("quota", "share", share);
    }

    @Override
    public int[] order(EvaluationSession s) {
        int n = s.size();
        int objectives = s.objectives().size();
        boolean[] used = new boolean[n];
        int[] out = new int[n];
        int turn = 0;
        for (int t = 1; t <= n; t++) {
            boolean slot = objectives > 0 && Math.floor(t * share) > Math.floor((t - 1) * share);
            int pick = -1;
            if (slot) {
                pick = best(s, used, turn % objectives);
                turn++;
            }
            if (pick < 0) {
                pick = best(s, used, -1);
            }
            used[pick] = true;
            out[t - 1] = pick;
        }
        return out;
    }

    /** The most relevant unused candidate serving {@code objective} (any candidate when -1); -1 if none. */
    private static int best(EvaluationSession s, boolean[] used, int objective) {
        int best = -1;
        for (int i = 0; i < s.size(); i++) {
            if (!used[i] && (objective < 0 || s.serves(i, objective)) && (best < 0 || Orders.moreRelevant(s, i, best))) {
                best = i;
            }
        }
        return best;
    }
}
