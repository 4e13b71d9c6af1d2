package org.mostra4j.domain.diversity;

import java.util.Collection;
import java.util.Optional;

/**
 * The Generalist–Specialist score (Anderson et al., WWW 2020) of a weighted set of track directions:
 * with centre {@code μ = Σ w_j u_j / ‖Σ w_j u_j‖}, {@code GS = Σ w_j cos(u_j, μ) / Σ w_j}. High means a
 * specialist (narrow listening), low a generalist. By construction GS equals the length of the weighted
 * mean direction, so it lies in [0, 1] ⊂ [−1, 1].
 *
 * <p>This is the bare mathematics: it applies no minimum-activity rule (see {@link MinimumActivity}),
 * so the spec's small test vectors can be checked directly. It never returns NaN: an empty input or a
 * centre of (numerically) zero length gives no score.
 */
public record GsScore(double value) implements Comparable<GsScore> {
    /** Centres shorter than this fraction of the total weight count as zero (opposite vectors cancel). */
    static final double ZERO_CENTRE = 1e-12;

    public GsScore {
        if (!(value >= -1.0 && value <= 1.0)) {
            throw new IllegalArgumentException("GS must be in [-1, 1], was " + value);
        }
    }

    /** The GS of {@code items}, or empty when there are none or their centre has no direction. */
    public static Optional<GsScore> of(Collection<WeightedVector> items) {
        return centre(items).map(mu -> {
            double weighted = 0.0;
            double total = 0.0;
            for (WeightedVector item : items) {
                weighted += item.weight() * item.vector().cosine(mu);
                total += item.weight();
            }
            return new GsScore(Math.max(-1.0, Math.min(1.0, weighted / total)));
        });
    }

    /** The normalised, weighted centre {@code μ}; empty for no items or a zero-length sum. */
    public static Optional<UnitVector> centre(Collection<WeightedVector> items) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        UnitVector first = items.iterator().next().vector();
        double[] sum = new double[first.dimension()];
        double total = 0.0;
        for (WeightedVector item : items) {
            first.requireSameDimension(item.vector());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += item.weight() * item.vector().component(i);
            }
            total += item.weight();
        }
        double norm = UnitVector.norm(sum);
        return norm <= ZERO_CENTRE * total ? Optional.empty() : UnitVector.normalise(sum);
    }

    @Override
    public int compareTo(GsScore other) {
        return Double.compare(value, other.value);
    }
}
