package org.mostra4j.domain.diversity;

import java.util.Arrays;
import java.util.Optional;

/**
 * A direction in embedding space: a vector of Euclidean length 1, held as doubles. Built only by
 * normalising a finite, non-zero vector, so the cosine of two unit vectors is their dot product.
 */
public final class UnitVector {
    private final double[] components;

    private UnitVector(double[] components) {
        this.components = components;
    }

    /** The direction of {@code raw}; empty when it is the zero vector (no direction). */
    public static Optional<UnitVector> normalise(double... raw) {
        if (raw.length == 0) {
            throw new IllegalArgumentException("a vector needs at least one component");
        }
        double norm = norm(raw);
        if (norm == 0.0) {
            return Optional.empty();
        }
        double[] unit = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            unit[i] = raw[i] / norm;
        }
        return Optional.of(new UnitVector(unit));
    }

    /**
     * Euclidean length, scaled by the largest component so that squares can neither overflow nor underflow
     * (Math.hypot is as safe but about 20 times slower, which showed in GS over a million users).
     */
    static double norm(double[] v) {
        double largest = 0.0;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("component " + i + " must be finite, was " + v[i]);
            }
            largest = Math.max(largest, Math.abs(v[i]));
        }
        if (largest == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (double x : v) {
            double scaled = x / largest;
            sum += scaled * scaled;
        }
        return largest * Math.sqrt(sum);
    }

    /** Wraps components already divided by their length (no copy; the caller hands over the array). */
    static UnitVector ofUnitLength(double[] components) {
        return new UnitVector(components);
    }

    /** The direction of a stored single-precision vector; empty when it is zero. */
    public static Optional<UnitVector> normalise(float[] raw) {
        double[] widened = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            widened[i] = raw[i];
        }
        return normalise(widened);
    }

    public int dimension() {
        return components.length;
    }

    public double component(int index) {
        return components[index];
    }

    /** cos(this, other) = this · other, clamped to [−1, 1] against rounding. */
    public double cosine(UnitVector other) {
        requireSameDimension(other);
        double dot = 0.0;
        for (int i = 0; i < components.length; i++) {
            dot += components[i] * other.components[i];
        }
        return Math.max(-1.0, Math.min(1.0, dot));
    }

    void requireSameDimension(UnitVector other) {
        if (other.components.length != components.length) {
            throw new IllegalArgumentException("vectors differ in dimension: " + components.length + " vs "
                    + other.components.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitVector u && Arrays.equals(components, u.components);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(components);
    }

    @Override
    public String toString() {
        return "UnitVector" + Arrays.toString(components);
    }
}
