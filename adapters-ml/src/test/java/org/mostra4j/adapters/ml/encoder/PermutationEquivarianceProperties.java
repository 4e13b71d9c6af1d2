package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.train.Batch;
import org.mostra4j.adapters.ml.encoder.train.SetTransformerGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Law: permuting the candidates permutes the scores identically (no positional information), on both paths. */
class PermutationEquivarianceProperties {
    private static final Architecture A = RandomSets.tiny(true);
    private static final EncoderWeights W = EncoderWeights.initial(A, 5L);
    private static final FastSetEncoder FAST = new FastSetEncoder(W);
    private static final Architecture ISAB = RandomSets.tinyInduced(3);
    private static final EncoderWeights ISAB_W = EncoderWeights.initial(ISAB, 6L);

    @Test
    void javaPathIsPermutationEquivariant() {
        javaPathIsPermutationEquivariant(A, FAST, 60);
    }

    @Test
    void javaPathWithIsabBlocksIsPermutationEquivariant() {
        javaPathIsPermutationEquivariant(ISAB, new FastSetEncoder(ISAB_W), 30);
    }

    @Test
    void sameDiffPathIsPermutationEquivariant() {
        sameDiffPathIsPermutationEquivariant(A, W, 10);
    }

    @Test
    void sameDiffPathWithIsabBlocksIsPermutationEquivariant() {
        sameDiffPathIsPermutationEquivariant(ISAB, ISAB_W, 6);
    }

    private static void javaPathIsPermutationEquivariant(Architecture a, FastSetEncoder fast, int examples) {
        qt().withExamples(examples).forAll(integers().between(1, 24), longs().all()).checkAssert((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            EncodedSet set = RandomSets.of(a, n, r);
            int[] perm = permutation(n, r);
            float[] base = fast.score(set);
            float[] permuted = fast.score(set.permuted(perm));
            for (int i = 0; i < n; i++) {
                assertEquals(base[perm[i]], permuted[i], 1e-5, "candidate " + i + " of " + n);
            }
        });
    }

    private static void sameDiffPathIsPermutationEquivariant(Architecture a, EncoderWeights w, int examples) {
        SetTransformerGraph graph = SetTransformerGraph.build(w, 0.0);
        qt().withExamples(examples).forAll(integers().between(1, 16), longs().all()).checkAssert((n, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            EncodedSet set = RandomSets.of(a, n, r);
            int[] perm = permutation(n, r);
            Batch pair = Batch.of(List.of(set, set.permuted(perm)), a.userRows(), 0, r);
            INDArray p = graph.sameDiff().output(graph.placeholders(pair), SetTransformerGraph.PROBABILITY)
                    .get(SetTransformerGraph.PROBABILITY);
            for (int i = 0; i < n; i++) {
                assertEquals(p.getDouble(0, perm[i]), p.getDouble(1, i), 1e-5, "candidate " + i + " of " + n);
            }
        });
    }

    private static int[] permutation(int n, SplittableRandom r) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
