package org.mostra4j.domain.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.mostra4j.domain.session.SessionId;

/**
 * The online (Poisson) bootstrap: every replicate weighs each session by an independent Poisson(1)
 * count instead of resampling a stored list, so intervals need memory independent of the number of
 * sessions (sessions are streamed). A session's weights depend only on the seed and its id, so the
 * result does not depend on chunking or on the order sessions arrive in, and every policy sees the
 * same weights for the same session (paired comparisons).
 */
public final class PoissonBootstrap {
    private static final double E_INV = Math.exp(-1.0);
    private final int replicates;
    private final long seed;

    public PoissonBootstrap(int replicates, long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
        }
        this.replicates = replicates;
        this.seed = seed;
    }

    public int replicates() {
        return replicates;
    }

    /** Fills {@code out} (length = replicates) with the session's Poisson(1) weights. */
    public void weights(SessionId session, double[] out) {
        SplittableRandom random = new SplittableRandom(seed ^ mix(session.value().hashCode()));
        for (int r = 0; r < replicates; r++) {
            out[r] = poisson1(random);
        }
    }

    private static int poisson1(SplittableRandom random) {
        double u = random.nextDouble();
        double p = E_INV;
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 20) {
            k++;
            p /= k;
            cdf += p;
        }
        return k;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** The 2.5th and 97.5th percentiles (nearest rank) of {@code values[0..count)}; sorts that prefix. */
    static double[] interval(double[] values, int count) {
        Arrays.sort(values, 0, count);
        int lo = (int) Math.floor(0.025 * (count - 1));
        int hi = (int) Math.ceil(0.975 * (count - 1));
        return new double[] {values[lo], values[hi]};
    }
}
