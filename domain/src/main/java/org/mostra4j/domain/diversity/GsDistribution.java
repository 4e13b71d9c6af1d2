package org.mostra4j.domain.diversity;

import java.util.Arrays;
import java.util.List;

/**
 * The distribution of many GS values: count, mean, quantiles (linear interpolation between order
 * statistics) and a histogram of equal-width bins over [0, 1] (GS is never negative, see {@link GsScore}).
 */
public final class GsDistribution {
    private final double[] sorted;

    private GsDistribution(double[] sorted) {
        this.sorted = sorted;
    }

    public static GsDistribution of(double[] values) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] >= -1 && copy[i] <= 1)) {
                throw new IllegalArgumentException("GS value " + i + " must be in [-1, 1], was " + copy[i]);
            }
        }
        Arrays.sort(copy);
        return new GsDistribution(copy);
    }

    public int count() {
        return sorted.length;
    }

    /** NaN-free: 0 for an empty distribution. */
    public double mean() {
        return sorted.length == 0 ? 0.0 : Arrays.stream(sorted).sum() / sorted.length;
    }

    /** The q-quantile, q ∈ [0, 1]; 0 for an empty distribution. */
    public double quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], was " + q);
        }
        if (sorted.length == 0) {
            return 0.0;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Counts per bin of width 1/bins over [0, 1]; values below 0 fall in the first bin, 1 in the last. */
    public List<Integer> histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, was " + bins);
        }
        Integer[] counts = new Integer[bins];
        Arrays.fill(counts, 0);
        for (double v : sorted) {
            int bin = (int) Math.floor(Math.max(0.0, v) * bins);
            counts[Math.min(bin, bins - 1)]++;
        }
        return List.of(counts);
    }
}
