package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * Law: the plain-Java forward pass is a function — the same set scores the same bits on every call, from the
 * first (interpreted) call to calls long after the JIT compiled the kernels. (With the Vector API's own exp and
 * lane reduction, repeated scores of one session differed in the last bit once the kernel was compiled.)
 */
class FastPathDeterminismTest {
    @Test
    void the_same_set_scores_the_same_bits_cold_and_after_warm_up() {
        Architecture a = new Architecture(true, 16, 9, 13, 8, 64, 4, 2, 128);
        FastSetEncoder fast = new FastSetEncoder(EncoderWeights.initial(a, 21L));
        SplittableRandom r = new SplittableRandom(21);
        List<EncodedSet> sets = new ArrayList<>();
        List<float[]> first = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            EncodedSet s = RandomSets.of(a, 20 + r.nextInt(31), r);
            sets.add(s);
            first.add(fast.score(s));
        }
        for (int round = 0; round < 120; round++) {
            for (int i = 0; i < sets.size(); i++) {
                assertArrayEquals(first.get(i), fast.score(sets.get(i)), "set " + i + ", round " + round);
            }
        }
    }
    /**
     * Law: a set's scores do not depend on what the thread scored before. The attention scratch is reused without
     * clearing (the transposed queries' padding keeps values of earlier sets), so earlier sets of other sizes — up to
     * one whose features overflow to infinities and NaN — must leave no trace: the probe scores the bits a fresh
     * encoder gives it, with and without inducing points.
     */
    @Test
    void a_sets_scores_do_not_depend_on_what_the_thread_scored_before() {
        for (int inducing : new int[] {0, 3}) {
            Architecture a = new Architecture(true, 16, 9, 13, 8, 64, 4, 2, 128, inducing);
            EncoderWeights w = EncoderWeights.initial(a, 22L);
            SplittableRandom r = new SplittableRandom(22);
            EncodedSet probe = RandomSets.of(a, 37, r);
            float[] fresh = new FastSetEncoder(w).score(probe);
            FastSetEncoder used = new FastSetEncoder(w);
            for (int n : new int[] {64, 50, 63, 13, 41}) {
                used.score(RandomSets.of(a, n, r));
            }
            float[] dense = new float[60 * a.denseWidth()];
            java.util.Arrays.fill(dense, Float.MAX_VALUE);
            float[] poisoned = used.score(new EncodedSet(60, a.denseWidth(), dense, 0, new int[60], new float[60]));
            boolean overflowed = false;
            for (float p : poisoned) {
                overflowed |= !(p > 0 && p < 1);
            }
            assertTrue(overflowed, "the poisoned set overflows (else it tests nothing)");
            assertArrayEquals(fresh, used.score(probe), "inducing points " + inducing);
        }
    }
}
