package org.mostra4j.domain.evaluation.frontier;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-dominated points of a set where every coordinate is to be maximised (a SAT loss enters negated). Point a
 * dominates b when a is at least as good on every coordinate and better on one; equal points keep the first.
 */
public final class Pareto {
    private Pareto() {
    }

    /** Indices (ascending) of the points no other point dominates; duplicates keep their first occurrence. */
    public static List<Integer> front(List<double[]> points) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            boolean kept = true;
            for (int j = 0; j < points.size() && kept; j++) {
                if (j != i && (dominates(points.get(j), points.get(i))
                        || (j < i && java.util.Arrays.equals(points.get(j), points.get(i))))) {
                    kept = false;
                }
            }
            if (kept) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether a is at least as good as b everywhere and better somewhere. */
    public static boolean dominates(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("points of different dimension: " + a.length + " and " + b.length);
        }
        boolean better = false;
        for (int d = 0; d < a.length; d++) {
            if (a[d] < b[d]) {
                return false;
            }
            better |= a[d] > b[d];
        }
        return better;
    }
}
