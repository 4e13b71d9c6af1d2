package org.mostra4j.domain.evaluation;

/**
 * A point estimate with its bootstrap 95 % interval.
 *
 * @param value the estimate on all sessions
 * @param low   2.5th percentile of the bootstrap replicates
 * @param high  97.5th percentile of the bootstrap replicates (both widened to include {@code value} when a
 *              tiny sample puts the percentiles on one side of it)
 */
public record Estimate(double value, double low, double high) {
    public Estimate {
        if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("estimate must be finite, was " + value + " [" + low + ", " + high + "]");
        }
    }
}
