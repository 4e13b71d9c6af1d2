package org.mostra4j.domain.diversity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {
    @Test
    void aTextbookExampleWithoutTies() {
        double[] iq = {106, 86, 100, 101, 99, 103, 97, 113, 112, 110};
        double[] tv = {7, 0, 27, 50, 28, 29, 20, 12, 6, 17};
        assertEquals(-29.0 / 165.0, RankCorrelation.spearman(iq, tv).orElseThrow(), 1e-12);
    }

    @Test
    void monotoneRelationsGiveOneAndMinusOne() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1.0, RankCorrelation.spearman(x, new double[] {1, 4, 9, 16, 25}).orElseThrow(), 1e-12);
        assertEquals(-1.0, RankCorrelation.spearman(x, new double[] {5, 3, 2, 0, -7}).orElseThrow(), 1e-12);
    }

    @Test
    void tiesShareTheirAverageRank() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankCorrelation.ranks(new double[] {1, 5, 5, 9}), 0);
    }

    @Test
    void constantOrTinyInputsHaveNoCorrelation() {
        assertTrue(RankCorrelation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3}).isEmpty());
        assertTrue(RankCorrelation.spearman(new double[] {1}, new double[] {1}).isEmpty());
    }
}
