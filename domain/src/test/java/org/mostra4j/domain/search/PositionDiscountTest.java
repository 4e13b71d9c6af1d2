package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** γ_t = 1/log2(t+1), or 1 with the discount off; the ε filter's tolerance. */
class PositionDiscountTest {

    @Test
    void discountIsOneOverLogTwoOfTPlusOne() {
        assertEquals(1.0, PositionDiscount.at(1, true), 1e-15);
        assertEquals(1 / (Math.log(3) / Math.log(2)), PositionDiscount.at(2, true), 1e-15);
        assertEquals(0.5, PositionDiscount.at(3, true), 1e-15);
        assertEquals(1.0, PositionDiscount.at(9, false));
        assertThrows(IllegalArgumentException.class, () -> PositionDiscount.at(0, true));
    }

    @Test
    void epsilonFilterToleratesOneTrillionth() {
        assertEquals(true, EpsilonFilter.eligible(0.9, 0.9, 0.0));
        assertEquals(true, EpsilonFilter.eligible(0.9 + 5e-13, 0.9, 0.0));
        assertEquals(false, EpsilonFilter.eligible(0.9 + 5e-12, 0.9, 0.0));
        assertEquals(true, EpsilonFilter.eligible(0.96, 0.91, 0.05));
        assertEquals(true, EpsilonFilter.eligible(1.0, 0.0, 1.0));
    }
}
