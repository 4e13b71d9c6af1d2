package org.mostra4j.adapters.ml.encoder;

import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;

/** Random encoded sets for an architecture (seeded), for parity and permutation checks. */
final class RandomSets {
    private RandomSets() {
    }

    static EncodedSet of(Architecture a, int n, SplittableRandom r) {
        float[] dense = new float[n * a.denseWidth()];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = (float) (r.nextDouble() * 2 - 1);
        }
        int[] tracks = new int[n];
        float[] sat = new float[n];
        for (int i = 0; i < n; i++) {
            tracks[i] = r.nextInt(a.trackRows());
            sat[i] = r.nextInt(3) == 0 ? Float.NaN : r.nextInt(2);
        }
        return new EncodedSet(n, a.denseWidth(), dense, r.nextInt(a.userRows()), tracks, sat);
    }

    static Architecture tiny(boolean attention) {
        return new Architecture(attention, 7, 5, 11, 3, 8, 2, 2, 16);
    }

    /** {@link #tiny} with ISAB blocks of {@code m} inducing points. */
    static Architecture tinyInduced(int m) {
        return new Architecture(true, 7, 5, 11, 3, 8, 2, 2, 16, m);
    }
}
