package org.mostra4j.domain.diversity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's test vectors (mostra-spec.md §4), checked on the bare mathematics (no minimum-activity rule). */
class GsScoreTest {
    private static final double TOLERANCE = 1e-8;

    private static WeightedVector item(double weight, double... raw) {
        return new WeightedVector(UnitVector.normalise(raw).orElseThrow(), weight);
    }

    private static double gs(WeightedVector... items) {
        return GsScore.of(List.of(items)).orElseThrow().value();
    }

    @Test
    void aSingleTrackIsAPureSpecialist() {
        assertEquals(1.0, gs(item(1, 1, 0)), TOLERANCE);
    }

    @Test
    void twoOrthogonalTracksEquallyPlayed() {
        assertEquals(0.70710678, gs(item(1, 1, 0), item(1, 0, 1)), TOLERANCE);
    }

    @Test
    void twoOrthogonalTracksPlayedThreeToOne() {
        assertEquals(0.79056942, gs(item(3, 1, 0), item(1, 0, 1)), TOLERANCE);
    }

    @Test
    void threeTracksTwoOfThemOpposite() {
        assertEquals(0.33333333, gs(item(1, 1, 0), item(1, 0, 1), item(1, -1, 0)), TOLERANCE);
    }

    @Test
    void vectorsAreNormalisedFirst() {
        assertEquals(0.70710678, gs(item(1, 2, 0), item(1, 0, 1)), TOLERANCE);
    }

    @Test
    void theCentreIsTheNormalisedWeightedSum() {
        UnitVector centre = GsScore.centre(List.of(item(3, 1, 0), item(1, 0, 1))).orElseThrow();
        assertEquals(3 / Math.sqrt(10), centre.component(0), 1e-12);
        assertEquals(1 / Math.sqrt(10), centre.component(1), 1e-12);
    }

    @Test
    void nothingToScoreGivesNoScore() {
        assertTrue(GsScore.of(List.of()).isEmpty());
    }

    @Test
    void aCentreOfZeroLengthGivesNoScoreRatherThanNaN() {
        assertTrue(GsScore.of(List.of(item(2, 1, 0), item(2, -1, 0))).isEmpty());
        // three directions 120 degrees apart cancel up to rounding (the sum is ~1e-16, not exactly 0)
        double h = Math.sqrt(3) / 2;
        assertTrue(GsScore.of(List.of(item(1, 1, 0), item(1, -0.5, h), item(1, -0.5, -h))).isEmpty());
    }

    @Test
    void mixedDimensionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> GsScore.of(List.of(item(1, 1, 0), item(1, 1, 0, 0))));
    }

    @Test
    void zeroAndNonFiniteVectorsHaveNoDirection() {
        assertTrue(UnitVector.normalise(0, 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> UnitVector.normalise(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new WeightedVector(UnitVector.normalise(1, 0).orElseThrow(), 0));
    }

    @Test
    void normalisingNeitherOverflowsNorUnderflows() {
        assertEquals(Math.sqrt(0.5), UnitVector.normalise(1e200, 1e200).orElseThrow().component(0), 1e-15);
        assertEquals(Math.sqrt(0.5), UnitVector.normalise(1e-200, -1e-200).orElseThrow().component(0), 1e-15);
        assertEquals(0.6, UnitVector.normalise(3, 4).orElseThrow().component(0), 1e-15);
    }

    @Test
    void scoresOutsideTheRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GsScore(1.0000001));
        assertThrows(IllegalArgumentException.class, () -> new GsScore(Double.NaN));
    }
}
