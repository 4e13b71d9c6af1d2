package org.mostra4j.domain.diversity;

import java.util.Objects;

/** One listened item in GS terms: its direction and its weight (play count, or 1 per sequence position). */
public record WeightedVector(UnitVector vector, double weight) {
    public WeightedVector {
        Objects.requireNonNull(vector, "vector");
        if (!Double.isFinite(weight) || weight <= 0.0) {
            throw new IllegalArgumentException("weight must be finite and > 0, was " + weight);
        }
    }
}
