package org.mostra4j.domain.diversity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GsDistributionTest {
    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        GsDistribution d = GsDistribution.of(new double[] {0.9, 0.1, 0.5, 0.3});
        assertEquals(0.1, d.quantile(0), 1e-12);
        assertEquals(0.4, d.quantile(0.5), 1e-12);
        assertEquals(0.9, d.quantile(1), 1e-12);
        assertEquals(0.45, d.mean(), 1e-12);
    }

    @Test
    void theHistogramPutsOneInTheLastBin() {
        GsDistribution d = GsDistribution.of(new double[] {0.0, 0.24, 0.25, 0.99, 1.0});
        assertEquals(List.of(2, 1, 0, 2), d.histogram(4));
    }

    @Test
    void anEmptyDistributionIsNotNaN() {
        GsDistribution d = GsDistribution.of(new double[0]);
        assertEquals(0.0, d.mean());
        assertEquals(0.0, d.quantile(0.5));
    }
}
