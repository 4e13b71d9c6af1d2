package org.mostra4j.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The law suite can fail: each deliberately broken scorer below is rejected by exactly the law it
 * breaks, both by the plain law functions and by the inherited test methods of {@link ObjectiveScorerLaws}.
 */
class ObjectiveScorerLawsCanaryTest {
    /** Convex coverage φ(x) = x²: monotone but increasing returns. */
    private static final ObjectiveScorer CONVEX = CountScorer.perObjective(c -> 0.1 * c * c);
    /** φ(x) = x(3 − x): concave (so submodular) but falls after 1.5 tracks. */
    private static final ObjectiveScorer OVERSHOOT = CountScorer.perObjective(c -> c * (3.0 - c));
    /** g(∅) = 1. */
    private static final ObjectiveScorer OFFSET = CountScorer.perObjective(c -> Math.sqrt(c) + 1.0);

    @Test
    void convexCoverageIsRejectedAsNotSubmodular() {
        List<String> found = ObjectiveScorerLaws.violations(CONVEX, ScorerLaw.SUBMODULAR);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).startsWith("submodular violated"), found.get(0));
        assertEquals(List.of(), ObjectiveScorerLaws.violations(CONVEX, ScorerLaw.MONOTONE), "convex is still monotone");
    }

    @Test
    void convexCoverageFailsTheInheritedTests() {
        ObjectiveScorerLaws laws = () -> List.of(NamedScorer.of("convex x²", CONVEX));
        assertThrows(AssertionError.class, laws::submodular);
        AssertionError random = assertThrows(AssertionError.class, laws::submodularOnRandomUniverses);
        assertTrue(random.getMessage().contains("SUBMODULAR violated by convex x²"), random.getMessage());
    }

    @Test
    void overshootingCoverageIsRejectedAsNotMonotone() {
        List<String> found = ObjectiveScorerLaws.violations(OVERSHOOT, ScorerLaw.MONOTONE);
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).startsWith("monotone violated"), found.get(0));
        assertEquals(List.of(), ObjectiveScorerLaws.violations(OVERSHOOT, ScorerLaw.SUBMODULAR));
        ObjectiveScorerLaws laws = () -> List.of(NamedScorer.of("overshoot", OVERSHOOT));
        assertThrows(AssertionError.class, laws::monotone);
        assertThrows(AssertionError.class, laws::monotoneOnRandomUniverses);
    }

    @Test
    void offsetScorerIsRejectedAsNotNormalised() {
        assertFalse(ObjectiveScorerLaws.violations(OFFSET, ScorerLaw.NORMALISED).isEmpty());
        ObjectiveScorerLaws laws = () -> List.of(NamedScorer.of("offset", OFFSET));
        assertThrows(AssertionError.class, laws::normalised);
        assertThrows(AssertionError.class, laws::normalisedOnRandomUniverses);
    }

    @Test
    void driftingStateIsRejectedAsNotIncrementallyConsistent() {
        ObjectiveScorerLaws laws = () -> List.of(NamedScorer.of("drift", new Drifting()));
        assertFalse(ObjectiveScorerLaws.violations(new Drifting(), ScorerLaw.INCREMENTALLY_CONSISTENT).isEmpty());
        assertThrows(AssertionError.class, laws::incrementallyConsistent);
        assertThrows(AssertionError.class, laws::incrementallyConsistentOnRandomUniverses);
    }

    @Test
    void firstItemBonusIsRejectedAsOrderDependent() {
        ObjectiveScorerLaws laws = () -> List.of(NamedScorer.of("first-item bonus", new FirstItemBonus()));
        assertFalse(ObjectiveScorerLaws.violations(new FirstItemBonus(), ScorerLaw.ORDER_INVARIANT).isEmpty());
        assertThrows(AssertionError.class, laws::orderInvariant);
        assertThrows(AssertionError.class, laws::orderInvariantOnRandomUniverses);
    }

    @Test
    void aBoundBelowTheGainsIsRejected() {
        ObjectiveScorer tooLow = universe -> new Underbound(ConcaveCoverage.uniform(1.0, Concave.SQRT).start(universe));
        assertFalse(ObjectiveScorerLaws.violations(tooLow, ScorerLaw.GAIN_BOUNDED).isEmpty());
        ObjectiveScorerLaws laws = () -> List.of(NamedScorer.of("underbound", tooLow));
        assertThrows(AssertionError.class, laws::gainBounded);
        assertThrows(AssertionError.class, laws::gainBoundedOnRandomUniverses);
    }

    @Test
    void theBuiltInPassesAsAPlainFunction() {
        assertEquals(List.of(), ObjectiveScorerLaws.violations(ConcaveCoverage.uniform(0.07, Concave.SQRT), ScorerLaw.SUBMODULAR));
    }

    /** Claims that no gain exceeds 90% of the real bound. */
    private record Underbound(ObjectiveScorer.State inner) implements ObjectiveScorer.State {
        public double value() {
            return inner.value();
        }

        public double gain(int item) {
            return inner.gain(item);
        }

        public ObjectiveScorer.State plus(int item) {
            return new Underbound(inner.plus(item));
        }

        @Override
        public double gainBound() {
            return inner.gainBound() * 0.9;
        }
    }

    /** Reports gain(x) = 1 per item but adds 1.000001 on plus: value drifts from value + gain. */
    private static final class Drifting implements ObjectiveScorer {
        @Override
        public State start(ScoringUniverse universe) {
            return new Count(0);
        }

        private record Count(int placed) implements State {
            public double value() {
                return placed * 1.000001;
            }

            public double gain(int item) {
                return 1.0;
            }

            public State plus(int item) {
                return new Count(placed + 1);
            }
        }
    }

    /** g = number placed, plus 1 when the first item placed was item 0: depends on the order. */
    private static final class FirstItemBonus implements ObjectiveScorer {
        @Override
        public State start(ScoringUniverse universe) {
            return new Placed(0, false);
        }

        private record Placed(int count, boolean bonus) implements State {
            public double value() {
                return count + (bonus ? 1 : 0);
            }

            public double gain(int item) {
                return plus(item).value() - value();
            }

            public State plus(int item) {
                return new Placed(count + 1, count == 0 ? item == 0 : bonus);
            }
        }
    }
}
