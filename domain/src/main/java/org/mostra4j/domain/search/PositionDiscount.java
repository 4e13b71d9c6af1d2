package org.mostra4j.domain.search;

/** γ_t = 1 / log2(t + 1) for 1-based position t; 1 when the discount is off. */
public final class PositionDiscount {
    private PositionDiscount() {
    }

    public static double at(int position, boolean on) {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1, was " + position);
        }
        return on ? Math.log(2) / Math.log(position + 1.0) : 1.0;
    }
}
