package org.mostra4j.domain.evaluation.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoTest {
    @Test
    void keepsExactlyTheNonDominatedPoints() {
        // (−loss, gain): 0 dominated by 1; 2 and 3 trade off; 4 duplicates 3
        List<double[]> points = List.of(new double[] {-0.5, 10}, new double[] {-0.1, 12}, new double[] {-1.0, 30},
                new double[] {-0.2, 20}, new double[] {-0.2, 20});
        assertEquals(List.of(1, 2, 3), Pareto.front(points));
    }

    @Test
    void dominanceNeedsAStrictImprovement() {
        assertTrue(Pareto.dominates(new double[] {1, 2}, new double[] {1, 1}));
        assertFalse(Pareto.dominates(new double[] {1, 1}, new double[] {1, 1}));
        assertFalse(Pareto.dominates(new double[] {2, 0}, new double[] {1, 1}));
    }
}
