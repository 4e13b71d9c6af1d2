package org.mostra4j.domain.evaluation.policy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.session.Placement;

/** Sorting candidate indices by a per-candidate score, ties by relevance desc then track id asc. */
final class Orders {
    private Orders() {
    }

    interface Score {
        double of(int candidate);
    }

    /**
     * The whole order of a session whose first positions a search placed: the placed tracks, then every other
     * candidate by relevance (ties as {@link #byScoreDescending}).
     */
    static int[] placedThenByRelevance(EvaluationSession session, List<Placement> placed) {
        int[] out = new int[session.size()];
        boolean[] used = new boolean[session.size()];
        for (int t = 0; t < placed.size(); t++) {
            out[t] = session.indexOf(placed.get(t).track());
            used[out[t]] = true;
        }
        if (placed.size() < out.length) {
            int t = placed.size();
            for (int i : byScoreDescending(session, session::relevance)) {
                if (!used[i]) {
                    out[t++] = i;
                }
            }
        }
        return out;
    }

    static int[] byScoreDescending(EvaluationSession s, Score score) {
        int n = s.size();
        Integer[] idx = new Integer[n];
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            key[i] = score.of(i);
        }
        Comparator<Integer> byKey = (a, b) -> Double.compare(key[b], key[a]);
        Arrays.sort(idx, byKey.thenComparing((a, b) -> Double.compare(s.relevance(b), s.relevance(a)))
                .thenComparing(s::track));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Whether candidate i ranks before j by relevance desc, then track id asc. */
    static boolean moreRelevant(EvaluationSession s, int i, int j) {
        double a = s.relevance(i);
        double b = s.relevance(j);
        return a != b ? a > b : s.track(i).compareTo(s.track(j)) < 0;
    }
}
