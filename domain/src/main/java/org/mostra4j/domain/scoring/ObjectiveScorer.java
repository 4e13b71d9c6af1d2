package org.mostra4j.domain.scoring;

/**
 * A set function g over the items already placed, evaluated incrementally by the beam search.
 *
 * <p>Contract (checked by {@code ObjectiveScorerLaws} in the domain test-jar, which every
 * implementation's test class implements):
 * <ul>
 *   <li><b>normalised</b>: g(∅) = 0;</li>
 *   <li><b>monotone</b>: g(S ∪ {x}) ≥ g(S), i.e. every gain is ≥ 0;</li>
 *   <li><b>submodular</b>: for A ⊆ B and x ∉ B, gain(x | A) ≥ gain(x | B) (diminishing returns);</li>
 *   <li><b>incremental</b>: {@code s.plus(x).value() == s.value() + s.gain(x)} and equals g computed
 *       from scratch;</li>
 *   <li><b>order invariant</b>: the value depends on the set placed, not on the order of placement;</li>
 *   <li><b>gain bounded</b>: {@code gain(x) ≤ gainBound()} for every item not yet placed.</li>
 * </ul>
 * Monotone submodularity is what gives greedy selection its (1 − 1/e) guarantee.
 * States are immutable: {@link State#plus} returns a new state and leaves the receiver usable. The one
 * exception is a state handed back to {@link State#plusReusing}, which the caller no longer reads.
 */
public interface ObjectiveScorer {

    /** The state of the empty prefix over a session's items. */
    State start(ScoringUniverse universe);

    /** An immutable scorer state after placing a set of items. */
    interface State {
        /** g(S) for the items placed so far. */
        double value();

        /** Δg(item | S); the item is not yet placed. */
        double gain(int item);

        /** The state after placing {@code item}. */
        State plus(int item);

        /**
         * The state after placing {@code item}, like {@link #plus}, but it may be written into {@code recycled}: a
         * state the caller got from a scorer earlier (in this search or a previous one) and will never read again, or
         * null. An implementation reuses it only when it recognises it as its own kind, and never the receiver.
         * Searches that keep a fixed number of states alive use it to run without allocating; the result must equal
         * {@code plus(item)} in every value and gain. The default ignores {@code recycled}.
         */
        default State plusReusing(int item, State recycled) {
            return plus(item);
        }

        /**
         * An upper bound on {@link #gain} of every item not yet placed, computed so that no gain this
         * state returns exceeds it in floating point either. The beam search stops scanning candidates
         * that cannot enter the beam even with this gain. The default, +∞, never stops it; a scorer
         * that overrides it must keep the law {@code gain(x) ≤ gainBound()} (checked by the law suite).
         */
        default double gainBound() {
            return Double.POSITIVE_INFINITY;
        }
    }
}
