package org.mostra4j.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;

/** The built-in weighted concave coverage obeys the scorer laws for every φ, mixed φ and weights, and λ = 0. */
class ConcaveCoverageTest implements ObjectiveScorerLaws {
    private static final ObjectiveId A = SmallUniverses.objective(0);
    private static final ObjectiveId B = SmallUniverses.objective(1);
    private static final ObjectiveId C = SmallUniverses.objective(2);

    @Override
    public List<NamedScorer> scorers() {
        return List.of(
                NamedScorer.of("sqrt λ=0.07", ConcaveCoverage.uniform(0.07, Concave.SQRT)),
                NamedScorer.of("log1p λ=1", ConcaveCoverage.uniform(1.0, Concave.LOG1P)),
                NamedScorer.of("cap:1 λ=0.5", ConcaveCoverage.uniform(0.5, Concave.cap(1))),
                NamedScorer.of("cap:2 λ=0.5", ConcaveCoverage.uniform(0.5, Concave.cap(2))),
                NamedScorer.of("cap:4 λ=2", ConcaveCoverage.uniform(2.0, Concave.cap(4))),
                NamedScorer.of("linear λ=0.3", ConcaveCoverage.uniform(0.3, Concave.LINEAR)),
                NamedScorer.of("mixed φ and weights", ConcaveCoverage.of(0.7, Map.of(A, 2.5, B, 0.0, C, 0.3),
                        Map.of(A, Concave.cap(2), B, Concave.LOG1P, C, Concave.LINEAR), Concave.SQRT)),
                NamedScorer.of("λ=0", ConcaveCoverage.uniform(0.0, Concave.SQRT)));
    }

    @Test
    void valueIsLambdaTimesWeightedConcaveCounts() {
        // items: {a}, {a,b}, {b,c}, {}
        ScoringUniverse u = ScoringUniverse.of(List.of(Set.of(A), Set.of(A, B), Set.of(B, C), Set.of()));
        ObjectiveScorer g = ConcaveCoverage.of(0.5, Map.of(A, 2.0, C, 3.0), Map.of(B, Concave.cap(1)), Concave.SQRT);
        ObjectiveScorer.State s = g.start(u).plus(0).plus(1).plus(2).plus(3);
        // c_a = 2, c_b = 2, c_c = 1: 0.5 · (2·√2 + 1·min(2,1) + 3·√1)
        assertEquals(0.5 * (2 * Math.sqrt(2) + 1 + 3), s.value(), 1e-12);
    }

    @Test
    void gainIsTheSumOverServedObjectives() {
        ScoringUniverse u = ScoringUniverse.of(List.of(Set.of(A), Set.of(A, B)));
        ObjectiveScorer.State s = ConcaveCoverage.uniform(0.07, Concave.SQRT).start(u).plus(0);
        assertEquals(0.07 * ((Math.sqrt(2) - 1) + 1), s.gain(1), 1e-15);
        ObjectiveScorer.State unlabelled = ConcaveCoverage.uniform(0.07, Concave.SQRT).start(ScoringUniverse.of(List.of(Set.of())));
        assertEquals(0.0, unlabelled.gain(0));
    }

    @Test
    void capStopsRewardingAtItsTarget() {
        ScoringUniverse u = ScoringUniverse.of(List.of(Set.of(A), Set.of(A), Set.of(A)));
        ObjectiveScorer.State s = ConcaveCoverage.uniform(1.0, Concave.cap(2)).start(u);
        assertEquals(1.0, s.gain(0));
        s = s.plus(0);
        assertEquals(1.0, s.gain(1));
        s = s.plus(1);
        assertEquals(0.0, s.gain(2));
        assertEquals(2.0, s.plus(2).value());
    }

    @Test
    void rejectsNegativeOrNonFiniteLambdaAndWeights() {
        IllegalArgumentException lambda = assertThrows(IllegalArgumentException.class,
                () -> ConcaveCoverage.uniform(-0.1, Concave.SQRT));
        assertTrue(lambda.getMessage().contains("lambda") && lambda.getMessage().contains("-0.1"), lambda.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConcaveCoverage.uniform(Double.NaN, Concave.SQRT));
        ObjectiveScorer negative = ConcaveCoverage.of(1.0, Map.of(A, -1.0), Map.of(), Concave.SQRT);
        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> negative.start(ScoringUniverse.of(List.of(Set.of(A)))));
        assertTrue(weight.getMessage().contains("weight of a") && weight.getMessage().contains("-1.0"), weight.getMessage());
    }
    /**
     * plusReusing must give exactly plus's state (bit for bit: the beam search compares scores with ==), whether it
     * overwrites a state of the same search, of another universe, or gets nothing to reuse; and it leaves the
     * receiver unchanged.
     */
    @Test
    void plusReusingEqualsPlusBitForBit() {
        ScoringUniverse u = ScoringUniverse.of(List.of(Set.of(A), Set.of(A, B), Set.of(B, C), Set.of(), Set.of(A, B, C)));
        ScoringUniverse other = ScoringUniverse.of(List.of(Set.of(C), Set.of(A, B, C), Set.of(A)));
        ObjectiveScorer g = ConcaveCoverage.of(0.7, Map.of(A, 2.5, C, 0.3), Map.of(B, Concave.LOG1P), Concave.SQRT);
        ObjectiveScorer.State plain = g.start(u);
        ObjectiveScorer.State reused = g.start(u);
        ObjectiveScorer.State spare = g.start(other).plus(1).plus(0);
        for (int item : new int[] {4, 1, 0, 2, 3}) {
            double before = reused.value();
            ObjectiveScorer.State next = reused.plusReusing(item, spare);
            assertEquals(before, reused.value(), "the receiver is unchanged");
            plain = plain.plus(item);
            assertEquals(Double.doubleToRawLongBits(plain.value()), Double.doubleToRawLongBits(next.value()));
            assertEquals(Double.doubleToRawLongBits(plain.gainBound()), Double.doubleToRawLongBits(next.gainBound()));
            for (int x = 0; x < u.size(); x++) {
                assertEquals(Double.doubleToRawLongBits(plain.gain(x)), Double.doubleToRawLongBits(next.gain(x)));
            }
            spare = reused;
            reused = next;
        }
        ObjectiveScorer.State fresh = g.start(u).plusReusing(0, null);
        assertEquals(g.start(u).plus(0).value(), fresh.value());
    }
}
