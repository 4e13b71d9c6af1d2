package org.mostra4j.domain.search;

/**
 * The counterfactual ε filter: among the remaining candidates, only those whose relevance is within ε of
 * the best remaining one are eligible ({@code s_max − s_i ≤ ε}, compared with a 1e-12 tolerance). The
 * argmax is always eligible, so the filter never empties a step.
 */
public final class EpsilonFilter {
    public static final double TOLERANCE = 1e-12;

    private EpsilonFilter() {
    }

    public static boolean eligible(double maxRemaining, double relevance, double epsilon) {
        return maxRemaining - relevance <= epsilon + TOLERANCE;
    }
}
