package org.mostra4j.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Metric functions against values computed by hand from their formulas. */
class RankMetricsTest {
    private static final double TOL = 1e-12;

    @Test
    void satAtKSumsTheTopK() {
        assertEquals(1.4, RankMetrics.satAt(new double[] {0.9, 0.5, 0.2}, 2), TOL);
    }

    @Test
    void dcgDiscountsByLog2OfPositionPlusOne() {
        // 1/log2(2) + 0/log2(3) + 1/log2(4) = 1 + 0 + 0.5
        assertEquals(1.5, RankMetrics.dcgAt(new double[] {1, 0, 1}, 3), TOL);
    }

    @Test
    void ndcgIsDcgOverTheIdealDcg() {
        // (1/log2 3 + 1/2) / (1 + 1/log2 3)
        assertEquals(0.6934264036172708, RankMetrics.ndcgAt(new double[] {0, 1, 1}, new double[] {1, 1, 0}, 3), TOL);
        assertEquals(0.6934264036172708, RankMetrics.ndcgAt(new double[] {0, 1, 1}, 3), TOL);
    }

    @Test
    void kLargerThanTheListCountsTheWholeList() {
        assertEquals(0.3, RankMetrics.satAt(new double[] {0.3}, 10), TOL);
        assertEquals(1.0, RankMetrics.shareAt(new boolean[] {true}, 10), TOL);
        assertEquals(0.5, RankMetrics.shareAt(new boolean[] {true, false}, 10), TOL);
        assertEquals(1.0, RankMetrics.ndcgAt(new double[] {0.7, 0.2}, 10), TOL);
    }

    @Test
    void emptyListsAndZeroGainsGiveZeroNeverNaN() {
        assertEquals(0.0, RankMetrics.satAt(new double[0], 5));
        assertEquals(0.0, RankMetrics.ndcgAt(new double[0], 5));
        assertEquals(0.0, RankMetrics.ndcgAt(new double[] {0, 0, 0}, 2));
        assertEquals(0.0, RankMetrics.shareAt(new boolean[0], 5));
        assertEquals(0, RankMetrics.countAt(new boolean[0], 5));
    }

    @Test
    void tiesInGainsAreIdeal() {
        assertEquals(1.0, RankMetrics.ndcgAt(new double[] {0.5, 0.5}, 2), TOL);
    }

    @Test
    void countAtCountsOnlyTheTopK() {
        assertEquals(1, RankMetrics.countAt(new boolean[] {false, true, true}, 2));
        assertEquals(0.5, RankMetrics.shareAt(new boolean[] {false, true, true}, 2), TOL);
    }

    @Test
    void kBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RankMetrics.satAt(new double[] {1}, 0));
    }
}
