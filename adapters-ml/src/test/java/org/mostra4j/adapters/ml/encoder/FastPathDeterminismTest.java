package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
