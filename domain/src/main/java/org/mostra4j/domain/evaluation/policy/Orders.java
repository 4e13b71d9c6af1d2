package org.mostra4j.domain.evaluation.policy;

import java.util.Arrays;
import java.util.Comparator;
import org.mostra4j.domain.evaluation.EvaluationSession;

/** Sorting candidate indices by a per-candidate score, ties by relevance desc then track id asc. */
final class Orders {
    private Orders() {
    }

    interface Score {
        double of(int candidate);
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
