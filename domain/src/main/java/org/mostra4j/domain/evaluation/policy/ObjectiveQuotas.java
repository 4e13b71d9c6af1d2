package org.mostra4j.domain.evaluation.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;

/**
 * Quotas with a share per objective: by position t, objective o is owed ⌊t·ρ_o⌋ reserved slots. Each position goes
 * to the objective furthest behind its quota (owed minus slots it already had; ties by the session's objective
 * order), filled with the most relevant remaining track serving it (the most relevant remaining track when none
 * does); a position where no objective is owed a slot takes the most relevant remaining track. All shares 0 is
 * SAT-only; one objective with share ρ behaves like {@link FixedSlotInterleaving} restricted to it.
 */
public final class ObjectiveQuotas implements RankingPolicy {
    private final Map<ObjectiveId, Double> shares;
    private final PolicyLabel label;

    /** @param shares ρ_o per objective, each in [0,1], summing to at most 1; objectives not named get 0 */
    public ObjectiveQuotas(Map<ObjectiveId, Double> shares) {
        Objects.requireNonNull(shares, "shares");
        double sum = 0;
        for (var e : shares.entrySet()) {
            double v = e.getValue();
            if (!Double.isFinite(v) || v < 0 || v > 1) {
                throw new IllegalArgumentException("quota share of " + e.getKey() + " must be in [0,1], was " + v);
            }
            sum += v;
        }
        if (sum > 1 + 1e-9) {
            throw new IllegalArgumentException("quota shares must sum to at most 1, was " + sum);
        }
        this.shares = new LinkedHashMap<>(shares);
        this.label = new PolicyLabel("quotas", "share", sum);
    }

    @Override
    public PolicyLabel label() {
        return label;
    }

    @Override
    public int[] order(EvaluationSession s) {
        int n = s.size();
        int objectives = s.objectives().size();
        double[] rho = new double[objectives];
        for (int k = 0; k < objectives; k++) {
            rho[k] = shares.getOrDefault(s.objectives().get(k), 0.0);
        }
        int[] had = new int[objectives];
        boolean[] used = new boolean[n];
        int[] out = new int[n];
        for (int t = 1; t <= n; t++) {
            int owed = -1;
            long most = 0;
            for (int k = 0; k < objectives; k++) {
                long behind = (long) Math.floor(t * rho[k] + 1e-9) - had[k];
                if (behind > most) {
                    most = behind;
                    owed = k;
                }
            }
            int pick = -1;
            if (owed >= 0) {
                had[owed]++;
                pick = best(s, used, owed);
            }
            if (pick < 0) {
                pick = best(s, used, -1);
            }
            used[pick] = true;
            out[t - 1] = pick;
        }
        return out;
    }

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
