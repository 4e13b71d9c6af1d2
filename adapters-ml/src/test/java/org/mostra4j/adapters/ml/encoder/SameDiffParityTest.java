package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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

/** The plain-Java forward pass computes the SameDiff graph's function (within 1e-4), padded batches included. */
class SameDiffParityTest {

    @Test
    void setTransformerMatchesSameDiffOnSetsOfSeveralSizes() {
        checkParity(RandomSets.tiny(true), 11L);
    }

    @Test
    void mlpBaselineMatchesSameDiff() {
        checkParity(RandomSets.tiny(false), 12L);
    }

    @Test
    void isabBlocksMatchSameDiffWithFewerAndMoreInducingPointsThanCandidates() {
        checkParity(RandomSets.tinyInduced(4), 14L);
    }

    @Test
    void isabMatchesSameDiffAtTheBenchmarkWidthWithTheDefaultSixteenInducingPoints() {
        checkParity(new Architecture(true, 16, 9, 13, 8, 64, 4, 2, 128, 16), 15L);
    }

    @Test
    void bothJavaKernelsMatchSameDiffAtTheBenchmarkWidth() {
        Architecture a = new Architecture(true, 16, 9, 13, 8, 64, 4, 2, 128);
        checkParity(a, 13L);
        EncoderWeights w = EncoderWeights.initial(a, 13L);
        assertEquals("vector", new FastSetEncoder(w).kernel(), "tests run with the Vector API module");
        assertEquals("scalar", FastSetEncoder.scalar(w).kernel());
    }

    private static void checkParity(Architecture a, long seed) {
        EncoderWeights w = EncoderWeights.initial(a, seed);
        checkParity(a, seed, new FastSetEncoder(w));
        checkParity(a, seed, FastSetEncoder.scalar(w));
    }

    private static void checkParity(Architecture a, long seed, FastSetEncoder fast) {
        EncoderWeights w = EncoderWeights.initial(a, seed);
        SetTransformerGraph graph = SetTransformerGraph.build(w, 0.0);
        SplittableRandom r = new SplittableRandom(seed);
        List<EncodedSet> sets = new ArrayList<>();
        for (int n : new int[] {1, 2, 5, 9, 17, 50}) {
            sets.add(RandomSets.of(a, n, r));
        }
        INDArray prob = graph.sameDiff()
                .output(graph.placeholders(Batch.of(sets, a.userRows(), 0, r)), SetTransformerGraph.PROBABILITY)
                .get(SetTransformerGraph.PROBABILITY);
        double worst = 0;
        for (int s = 0; s < sets.size(); s++) {
            float[] java = fast.score(sets.get(s));
            for (int i = 0; i < java.length; i++) {
                worst = Math.max(worst, Math.abs(java[i] - prob.getDouble(s, i)));
            }
        }
        assertEquals(0.0, worst, 1e-4, "largest |java - samediff| with the " + fast.kernel() + " kernel");
    }
}
