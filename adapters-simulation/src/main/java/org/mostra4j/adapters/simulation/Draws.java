package org.mostra4j.adapters.simulation;

import java.util.SplittableRandom;

/**
 * The random draws the simulator needs, written out so that a seed gives the same world on every JVM.
 * Every stream of randomness is keyed by (seed, stream, index), so any one user or session can be
 * regenerated on its own.
 */
final class Draws {
    static final long USERS = 0x5553_4552L;
    static final long CATALOGUE = 0x4341_5441L;
    static final long SESSIONS = 0x5345_5353L;
    static final long LABELS = 0x4c41_4245L;
    static final long PILOT = 0x5049_4c4fL;

    private Draws() {
    }

    /** An independent generator for (seed, stream, index). */
    static SplittableRandom stream(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(stream)) + index * 0x9E37_79B9_7F4A_7C15L));
    }

    /** SplitMix64's finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** Standard normal by Box–Muller (one of the pair), deterministic and JDK-independent. */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** Gamma(shape, 1) by Marsaglia–Tsang, with the usual boost for shape < 1. */
    static double gamma(SplittableRandom rng, double shape) {
        if (shape < 1.0) {
            return gamma(rng, shape + 1.0) * StrictMath.pow(1.0 - rng.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = gaussian(rng);
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1.0 - rng.nextDouble();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom rng, double a, double b) {
        double x = gamma(rng, a);
        double y = gamma(rng, b);
        return x / (x + y);
    }

    /** Geometric number of failures with the given mean (0 when mean is 0). */
    static int geometric(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double q = mean / (1.0 + mean);
        return (int) Math.min(1_000_000, Math.floor(StrictMath.log(1.0 - rng.nextDouble()) / StrictMath.log(q)));
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }
}
