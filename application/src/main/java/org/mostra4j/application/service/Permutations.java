package org.mostra4j.application.service;

import java.util.Optional;

/** Checks the first law of {@code RankingPolicy}: an order is a permutation of the candidate indices. */
final class Permutations {
    private Permutations() {
    }

    /** What is wrong with {@code order} as a permutation of 0..n-1, or empty when nothing is. */
    static Optional<String> problem(int[] order, int n) {
        if (order.length != n) {
            return Optional.of("returned " + order.length + " positions for " + n + " candidates");
        }
        boolean[] seen = new boolean[n];
        for (int t = 0; t < order.length; t++) {
            int i = order[t];
            if (i < 0 || i >= n || seen[i]) {
                return Optional.of("position " + (t + 1) + " holds candidate index " + i
                        + " (out of range or served twice)");
            }
            seen[i] = true;
        }
        return Optional.empty();
    }
}
