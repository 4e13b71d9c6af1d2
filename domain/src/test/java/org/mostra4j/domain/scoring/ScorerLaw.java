package org.mostra4j.domain.scoring;

import java.util.List;

/** The laws every {@link ObjectiveScorer} must satisfy (see its Javadoc). */
public enum ScorerLaw {
    /** g(∅) = 0. */
    NORMALISED,
    /** every gain ≥ 0: g(S ∪ {x}) ≥ g(S). */
    MONOTONE,
    /** gain(x | A) ≥ gain(x | B) for all A ⊆ B, x ∉ B. */
    SUBMODULAR,
    /** plus(x).value() = value() + gain(x) = g(S ∪ {x}) from scratch; plus leaves the receiver unchanged. */
    INCREMENTALLY_CONSISTENT,
    /** the value depends on the set placed, not on the order of placement. */
    ORDER_INVARIANT,
    /** gain(x) ≤ gainBound() for every item x not yet placed. */
    GAIN_BOUNDED;

    /** Appends at most one violation of this law on the lattice's universe. */
    public void check(SubsetLattice lattice, List<String> out) {
        switch (this) {
            case NORMALISED -> lattice.normalised(out);
            case MONOTONE -> lattice.monotone(out);
            case SUBMODULAR -> lattice.submodular(out);
            case INCREMENTALLY_CONSISTENT -> lattice.incrementallyConsistent(out);
            case ORDER_INVARIANT -> lattice.orderInvariant(out);
            case GAIN_BOUNDED -> lattice.gainBounded(out);
        }
    }
}
