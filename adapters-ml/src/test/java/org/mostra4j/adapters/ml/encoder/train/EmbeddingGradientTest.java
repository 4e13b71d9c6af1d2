package org.mostra4j.adapters.ml.encoder.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The embedding tables live outside the SameDiff graph; these checks make sure the loss gradient still
 * reaches them: after one Adam step the rows the batch used move against the loss gradient (measured by
 * finite differences on a fresh graph), and rows no candidate used stay as they were.
 */
class EmbeddingGradientTest {
    private static final Architecture A = new Architecture(true, 3, 4, 7, 2, 8, 2, 1, 16);
    private static final double LR = 1e-3;

    @Test
    void oneStepMovesTheUsedRowsAgainstTheFiniteDifferenceGradientAndLeavesUnusedRows() {
        EncoderWeights initial = EncoderWeights.initial(A, 5L);
        List<EncodedSet> sets = sets();
        Batch batch = Batch.of(sets, A.userRows(), 0, new SplittableRandom(1L));
        SetTransformerGraph graph = SetTransformerGraph.build(initial, 0.0);
        graph.configureTraining(new Adam(LR));
        graph.sameDiff().fit(batch.dataSet(graph.table()));
        EncoderWeights after = graph.weights();

        float[] trackBefore = initial.get("emb_track");
        float[] trackAfter = after.get("emb_track");
        int e = A.embedding();
        // track 6 and user 3 appear in no set: a zero gradient, so the first Adam step leaves them
        for (int k = 0; k < e; k++) {
            assertEquals(trackBefore[6 * e + k], trackAfter[6 * e + k], 0.0, "unused track row, column " + k);
            assertEquals(initial.get("emb_user")[3 * e + k], after.get("emb_user")[3 * e + k], 0.0, "unused user row");
        }
        int checked = 0;
        for (String table : List.of("emb_user", "emb_track")) {
            int rows = table.equals("emb_user") ? 3 : 6;
            for (int i = 0; i < rows * e; i++) {
                double g = finiteDifference(initial, table, i, batch);
                double moved = after.get(table)[i] - initial.get(table)[i];
                if (Math.abs(g) > 1e-3) {
                    // Adam's first step is lr · g / (|g| + ε): a step of ≈ lr against the gradient's sign
                    assertEquals(-LR * Math.signum(g), moved, LR * 1e-2, table + "[" + i + "], gradient " + g);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 8, "entries with a clear gradient: " + checked);
    }

    @Test
    void aGraphBuiltFromTheTrainedWeightsComputesTheSameLossAsTheTrainedGraph() {
        EncoderWeights initial = EncoderWeights.initial(A, 6L);
        Batch batch = Batch.of(sets(), A.userRows(), 0, new SplittableRandom(2L));
        SetTransformerGraph graph = SetTransformerGraph.build(initial, 0.0);
        graph.configureTraining(new Adam(LR));
        for (int s = 0; s < 3; s++) {
            graph.sameDiff().fit(batch.dataSet(graph.table()));
        }
        double trained = loss(graph, batch);
        double rebuilt = loss(SetTransformerGraph.build(graph.weights(), 0.0), batch);
        assertEquals(trained, rebuilt, 1e-6);
        assertTrue(trained < loss(SetTransformerGraph.build(initial, 0.0), batch), "three steps lower the loss");
    }

    @Test
    void trainingTwiceFromTheSameWeightsOnTheSameBatchesGivesBitIdenticalWeights() {
        EncoderWeights initial = EncoderWeights.initial(A, 8L);
        EncoderWeights first = trainedThreeSteps(initial);
        EncoderWeights second = trainedThreeSteps(initial);
        for (String name : first.names()) {
            assertTrue(java.util.Arrays.equals(first.get(name), second.get(name)), name);
        }
    }

    private static EncoderWeights trainedThreeSteps(EncoderWeights initial) {
        Batch batch = Batch.of(sets(), A.userRows(), 0, new SplittableRandom(3L));
        SetTransformerGraph graph = SetTransformerGraph.build(initial, 0.0);
        graph.configureTraining(new Adam(LR));
        for (int s = 0; s < 3; s++) {
            graph.sameDiff().fit(batch.dataSet(graph.table()));
        }
        return graph.weights();
    }

    @Test
    void aTrainingStepWithoutTheInputGradientFailsInsteadOfSilentlyFreezingTheTables() {
        EmbeddingTable table = EmbeddingTable.of(EncoderWeights.initial(A, 7L));
        table.train(LR, 0.9, 0.999, 1e-8);
        IllegalStateException e = assertThrows(IllegalStateException.class, table::applyGradient);
        assertTrue(e.getMessage().contains("no gradient"), e.getMessage());
    }

    private static double finiteDifference(EncoderWeights w, String table, int index, Batch batch) {
        double h = 1e-2;
        return (loss(shifted(w, table, index, h), batch) - loss(shifted(w, table, index, -h), batch)) / (2 * h);
    }

    private static SetTransformerGraph shifted(EncoderWeights w, String table, int index, double by) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (String name : w.names()) {
            values.put(name, w.get(name).clone());
        }
        values.get(table)[index] += (float) by;
        return SetTransformerGraph.build(EncoderWeights.of(A, values), 0.0);
    }

    private static double loss(SetTransformerGraph g, Batch batch) {
        return g.sameDiff().output(g.placeholders(batch), SetTransformerGraph.LOSS).get(SetTransformerGraph.LOSS)
                .getDouble(0);
    }

    /** Three labelled sets over users 0–2 and tracks 0–5 (user 3 and track 6 unused). */
    private static List<EncodedSet> sets() {
        SplittableRandom r = new SplittableRandom(9L);
        List<EncodedSet> out = new ArrayList<>();
        int[] sizes = {4, 6, 5};
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            float[] dense = new float[n * A.denseWidth()];
            for (int i = 0; i < dense.length; i++) {
                dense[i] = (float) (r.nextDouble() * 2 - 1);
            }
            int[] tracks = new int[n];
            float[] sat = new float[n];
            for (int i = 0; i < n; i++) {
                tracks[i] = (s * 2 + i) % 6;
                sat[i] = r.nextInt(2);
            }
            out.add(new EncodedSet(n, A.denseWidth(), dense, s, tracks, sat));
        }
        return out;
    }
}
