package org.mostra4j.domain.evaluation.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HypervolumeTest {
    private static final double[] ORIGIN2 = {0, 0};

    @Test
    void twoDimensionsIsTheAreaOfTheStaircase() {
        // boxes [0,1]x[0,3] and [0,2]x[0,1]: 3 + 2 - 1 = 4
        assertEquals(4.0, Hypervolume.of(ORIGIN2, new double[] {1, 3}, new double[] {2, 1}), 1e-12);
    }

    @Test
    void threeDimensionsByInclusionExclusion() {
        // [0,2]x[0,2]x[0,1] (4) and [0,1]x[0,1]x[0,3] (3), overlap [0,1]^3 (1): 6
        assertEquals(6.0, Hypervolume.of(new double[] {0, 0, 0}, new double[] {2, 2, 1}, new double[] {1, 1, 3}),
                1e-12);
    }

    @Test
    void dominatedPointsAndPointsBelowTheReferenceAddNothing() {
        double alone = Hypervolume.of(ORIGIN2, new double[] {2, 2});
        assertEquals(alone, Hypervolume.of(ORIGIN2, new double[] {2, 2}, new double[] {1, 1}, new double[] {3, -1}),
                1e-12);
        assertEquals(0.0, Hypervolume.of(List.of(), ORIGIN2), 0.0);
    }

    @Test
    void theReferencePointShiftsTheBoxes() {
        assertEquals(1.0, Hypervolume.of(new double[] {1, 1}, new double[] {2, 2}), 1e-12);
    }
}
