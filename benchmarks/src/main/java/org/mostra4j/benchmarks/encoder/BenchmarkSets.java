package org.mostra4j.benchmarks.encoder;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;

/**
 * The benchmark model (n = 50 candidates, d_model = 64, 2 blocks, 4 heads, 32 input features:
 * 16 dense + two 8-wide embeddings) and seeded random sets for it.
 */
final class BenchmarkSets {
    static final int N = 50;

    private BenchmarkSets() {
    }

    static Architecture model() {
        return model(0);
    }

    /** The benchmark model with ISAB blocks of {@code inducingPoints} points (0 = SAB). */
    static Architecture model(int inducingPoints) {
        return new Architecture(true, 16, 1_000, 4_000, 8, 64, 4, 2, 128, inducingPoints);
    }

    static List<EncodedSet> sets(Architecture a, int count, long seed) {
        return sets(a, count, seed, N);
    }

    /** {@code count} seeded random sets of {@code n} candidates each. */
    static List<EncodedSet> sets(Architecture a, int count, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<EncodedSet> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            float[] dense = new float[n * a.denseWidth()];
            for (int i = 0; i < dense.length; i++) {
                dense[i] = (float) r.nextDouble();
            }
            int[] tracks = new int[n];
            float[] sat = new float[n];
            for (int i = 0; i < n; i++) {
                tracks[i] = r.nextInt(a.trackRows());
                sat[i] = r.nextInt(2);
            }
            out.add(new EncodedSet(n, a.denseWidth(), dense, r.nextInt(a.userRows()), tracks, sat));
        }
        return out;
    }
}
