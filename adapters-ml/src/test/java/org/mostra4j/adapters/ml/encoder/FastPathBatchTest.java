package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * Law: scoring sets in a batch (their rows stacked into one pass, {@link FastSetEncoder#scoreBatch}) gives every set
 * the same bits as scoring it alone — for both kernels, for every architecture (SAB, attention-free, ISAB, which
 * runs set by set), for odd and even sizes, sizes that share a 6-row product block across two sets, a set larger
 * than the scratch holds (it grows mid-batch), and more sets than one batch.
 */
class FastPathBatchTest {
    private static final Architecture SAB = new Architecture(true, 16, 9, 13, 8, 64, 4, 2, 128);
    private static final Architecture MLP = new Architecture(false, 16, 9, 13, 8, 64, 4, 2, 128);
    private static final Architecture ISAB = new Architecture(true, 16, 9, 13, 8, 64, 4, 2, 128, 16);

    @Test
    void a_batch_scores_every_set_as_scoring_it_alone_does_with_the_vector_kernel() {
        for (Architecture a : List.of(SAB, MLP, ISAB)) {
            sameBits(new FastSetEncoder(EncoderWeights.initial(a, 31L)), a, 31L);
        }
    }

    @Test
    void a_batch_scores_every_set_as_scoring_it_alone_does_with_the_scalar_kernel() {
        for (Architecture a : List.of(SAB, MLP, ISAB)) {
            sameBits(FastSetEncoder.scalar(EncoderWeights.initial(a, 32L)), a, 32L);
        }
    }

    private static void sameBits(FastSetEncoder fast, Architecture a, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<EncodedSet> sets = new ArrayList<>();
        for (int n : new int[] {50, 1, 7, 50, 49, 2, 131, 3, 50, 17, 64, 5, 50, 50, 23, 11, 8, 50, 33}) {
            sets.add(RandomSets.of(a, n, r));
        }
        float[][] outs = new float[sets.size()][];
        for (int i = 0; i < outs.length; i++) {
            outs[i] = new float[sets.get(i).size()];
        }
        fast.scoreBatch(sets, outs);
        // alone, in another order, so that no buffer left by the batch could be what is compared
        for (int i = sets.size() - 1; i >= 0; i--) {
            float[] alone = fast.score(sets.get(i));
            assertEquals(sets.get(i).size(), alone.length);
            assertArrayEquals(alone, outs[i], "set " + i + " (" + sets.get(i).size() + " candidates), " + a);
        }
        List<float[]> all = fast.scoreAll(sets);
        for (int i = 0; i < sets.size(); i++) {
            assertArrayEquals(outs[i], all.get(i), "scoreAll, set " + i);
        }
    }

    @Test
    void too_few_or_too_small_output_arrays_are_refused() {
        FastSetEncoder fast = new FastSetEncoder(EncoderWeights.initial(SAB, 33L));
        SplittableRandom r = new SplittableRandom(33);
        List<EncodedSet> sets = List.of(RandomSets.of(SAB, 10, r), RandomSets.of(SAB, 12, r));
        assertThrows(IllegalArgumentException.class, () -> fast.scoreBatch(sets, new float[][] {new float[10]}));
        assertThrows(IllegalArgumentException.class,
                () -> fast.scoreBatch(sets, new float[][] {new float[10], new float[11]}));
    }
}
