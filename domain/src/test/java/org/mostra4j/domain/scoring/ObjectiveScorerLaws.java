package org.mostra4j.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The executable contract of {@link ObjectiveScorer}. A scorer's test class implements this interface,
 * returns its scorers from {@link #scorers()} and inherits one test per law:
 * <ul>
 *   <li><b>normalised</b>: g(∅) = 0;</li>
 *   <li><b>monotone</b>: every gain is ≥ 0;</li>
 *   <li><b>submodular</b>: gain(x | A) ≥ gain(x | B) for all A ⊆ B, x ∉ B (diminishing returns);</li>
 *   <li><b>incrementally consistent</b>: {@code plus(x).value() == value() + gain(x)} == g from scratch
 *       (within {@value SubsetLattice#VALUE_TOLERANCE}), and {@code plus} leaves the receiver unchanged;</li>
 *   <li><b>order invariant</b>: g of a set does not depend on the order its items were placed in;</li>
 *   <li><b>gain bounded</b>: no gain exceeds the state's {@code gainBound()} (which the beam search
 *       prunes with).</li>
 * </ul>
 * Each law is checked exhaustively over {@link SmallUniverses} (every subset pair, every placement order),
 * then over {@value #RANDOM_EXAMPLES} seeded random universes of 7–40 items with QuickTheories, which
 * shrinks a counterexample before reporting it. The checks are also plain functions
 * ({@link #violations(ObjectiveScorer)}) so a test can show that a broken scorer is rejected.
 */
public interface ObjectiveScorerLaws {
    /** Seed of the random cases; a failure report repeats it. */
    long SEED = 0x5EED_2022L;
    int RANDOM_EXAMPLES = 200;

    /** The scorers under test; each is checked against every law. */
    List<NamedScorer> scorers();

    @Test
    default void normalised() {
        assertHolds(ScorerLaw.NORMALISED);
    }

    @Test
    default void monotone() {
        assertHolds(ScorerLaw.MONOTONE);
    }

    @Test
    default void submodular() {
        assertHolds(ScorerLaw.SUBMODULAR);
    }

    @Test
    default void incrementallyConsistent() {
        assertHolds(ScorerLaw.INCREMENTALLY_CONSISTENT);
    }

    @Test
    default void orderInvariant() {
        assertHolds(ScorerLaw.ORDER_INVARIANT);
    }

    @Test
    default void gainBounded() {
        assertHolds(ScorerLaw.GAIN_BOUNDED);
    }

    @Test
    default void normalisedOnRandomUniverses() {
        assertHoldsOnRandomUniverses(ScorerLaw.NORMALISED);
    }

    @Test
    default void monotoneOnRandomUniverses() {
        assertHoldsOnRandomUniverses(ScorerLaw.MONOTONE);
    }

    @Test
    default void submodularOnRandomUniverses() {
        assertHoldsOnRandomUniverses(ScorerLaw.SUBMODULAR);
    }

    @Test
    default void incrementallyConsistentOnRandomUniverses() {
        assertHoldsOnRandomUniverses(ScorerLaw.INCREMENTALLY_CONSISTENT);
    }

    @Test
    default void orderInvariantOnRandomUniverses() {
        assertHoldsOnRandomUniverses(ScorerLaw.ORDER_INVARIANT);
    }

    @Test
    default void gainBoundedOnRandomUniverses() {
        assertHoldsOnRandomUniverses(ScorerLaw.GAIN_BOUNDED);
    }

    private void assertHolds(ScorerLaw law) {
        assertTrue(!scorers().isEmpty(), "scorers() must name at least one scorer");
        List<String> found = new ArrayList<>();
        for (NamedScorer s : scorers()) {
            found.addAll(violations(s.name(), s.scorer(), EnumSet.of(law), SmallUniverses.all()));
        }
        assertTrue(found.isEmpty(), () -> found.size() + " violation(s), the first:\n" + String.join("\n",
                found.subList(0, Math.min(10, found.size()))));
    }

    private void assertHoldsOnRandomUniverses(ScorerLaw law) {
        for (NamedScorer s : scorers()) {
            qt().withFixedSeed(SEED).withExamples(RANDOM_EXAMPLES)
                    .forAll(LawCase.generator(7, 40))
                    .checkAssert(c -> c.violation(law, s.scorer()).ifPresent(v -> {
                        throw new AssertionError(law + " violated by " + s.name() + ": " + v);
                    }));
        }
    }

    /** Every violation of every law by {@code scorer} over all small universes; empty when it obeys them. */
    static List<String> violations(ObjectiveScorer scorer) {
        return violations(scorer.getClass().getSimpleName(), scorer, EnumSet.allOf(ScorerLaw.class), SmallUniverses.all());
    }

    /** The violations of one law by {@code scorer} over all small universes. */
    static List<String> violations(ObjectiveScorer scorer, ScorerLaw law) {
        return violations(scorer.getClass().getSimpleName(), scorer, EnumSet.of(law), SmallUniverses.all());
    }

    /** At most one violation per law and universe, at most 50 in all. */
    static List<String> violations(String name, ObjectiveScorer scorer, Set<ScorerLaw> laws,
            List<ScoringUniverse> universes) {
        List<String> out = new ArrayList<>();
        for (ScoringUniverse u : universes) {
            SubsetLattice lattice = new SubsetLattice(name, scorer, u);
            for (ScorerLaw law : laws) {
                law.check(lattice, out);
            }
            if (out.size() >= 50) {
                break;
            }
        }
        return out;
    }
}
