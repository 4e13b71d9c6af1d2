package org.mostra4j.domain.evaluation;

/**
 * A way of ordering a session's candidates, evaluated counterfactually on held-out sessions. Mostra,
 * every baseline and a user's own policy implement this one interface.
 *
 * <p>Contract (checked by {@code RankingPolicyLaws} in the domain test-jar, and at run time by the
 * evaluator, which rejects a policy that breaks the first law):
 * <ul>
 *   <li><b>permutation</b>: {@link #order} returns every candidate index 0..n-1 exactly once (n = 0
 *       gives an empty array);</li>
 *   <li><b>deterministic</b>: the same session always gives the same order (randomised policies seed
 *       from their own seed and the session id, never from a clock or call count);</li>
 *   <li><b>pure</b>: the policy reads only the session handed in and does not modify shared state, so
 *       sessions may be evaluated in any order or chunking.</li>
 * </ul>
 */
public interface RankingPolicy {

    /** The method, its setting and the knob swept (a point on the method's trade-off curve). */
    PolicyLabel label();

    /** Candidate indices (into {@link EvaluationSession#candidates()}) in served order. */
    int[] order(EvaluationSession session);
}
