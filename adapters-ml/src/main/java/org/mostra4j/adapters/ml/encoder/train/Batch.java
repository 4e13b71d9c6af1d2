package org.mostra4j.adapters.ml.encoder.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Sets padded to the largest set of the batch (batches are bucketed by size, so padding stays small).
 * Padded candidates get zero features, track index 0, mask 0 and loss weight 0; unlabelled candidates
 * get loss weight 0 but stay visible to attention.
 */
public final class Batch {
    private final int sets;
    private final int width;
    private final float[] dense;
    private final int[] ids;
    private final float[] mask;
    private final float[] label;
    private final float[] weight;

    private Batch(int sets, int width, float[] dense, int[] ids, float[] mask, float[] label, float[] weight) {
        this.sets = sets;
        this.width = width;
        this.dense = dense;
        this.ids = ids;
        this.mask = mask;
        this.label = label;
        this.weight = weight;
    }

    /**
     * Pads {@code batch} ({@code userRows}: rows of the user table); with {@code idDropout} &gt; 0 each user and track index is replaced by the
     * unknown bucket with that probability (so the unknown rows learn cold start).
     */
    public static Batch of(List<EncodedSet> batch, int userRows, double idDropout, SplittableRandom random) {
        int n = batch.stream().mapToInt(EncodedSet::size).max().orElseThrow();
        int f = batch.get(0).width();
        int b = batch.size();
        float[] dense = new float[b * n * f];
        int[] ids = new int[b * n * 2];
        float[] mask = new float[b * n];
        float[] label = new float[b * n];
        float[] weight = new float[b * n];
        for (int s = 0; s < b; s++) {
            EncodedSet set = batch.get(s);
            set.copyDense(dense, s * n * f);
            int user = idDropout > 0 && random.nextDouble() < idDropout ? 0 : set.user();
            for (int i = 0; i < n; i++) {
                int r = s * n + i;
                ids[2 * r] = user;
                ids[2 * r + 1] = userRows;
                if (i < set.size()) {
                    ids[2 * r + 1] += idDropout > 0 && random.nextDouble() < idDropout ? 0 : set.track(i);
                    mask[r] = 1f;
                    float y = set.sat(i);
                    label[r] = Float.isNaN(y) ? 0f : y;
                    weight[r] = Float.isNaN(y) ? 0f : 1f;
                }
            }
        }
        return new Batch(b, f, dense, ids, mask, label, weight);
    }

    public int sets() {
        return sets;
    }

    public int setSize() {
        return mask.length / sets;
    }

    /** Placeholder values by name, embedding rows from {@code table}, for output(). */
    public Map<String, INDArray> placeholders(EmbeddingTable table) {
        Map<String, INDArray> m = new HashMap<>();
        INDArray[] f = features(table);
        m.put(SetTransformerGraph.INPUT, f[0]);
        m.put(SetTransformerGraph.MASK, f[1]);
        INDArray[] l = labels();
        m.put(SetTransformerGraph.LABEL, l[0]);
        m.put(SetTransformerGraph.WEIGHT, l[1]);
        return m;
    }

    /**
     * Features (input, mask) and labels (label, weight) for fit(), embedding rows from {@code table}
     * (which takes this batch as the one in flight for its gradient).
     */
    public MultiDataSet dataSet(EmbeddingTable table) {
        return new MultiDataSet(features(table), labels());
    }

    /**
     * As {@link #dataSet(EmbeddingTable)}, followed by {@code masks} keep masks [rows, width] for inverted dropout with
     * drop probability {@code dropout}: each value 0 or 1/(1 − dropout).
     */
    public MultiDataSet dataSet(EmbeddingTable table, int masks, int width, double dropout,
            SplittableRandom random) {
        INDArray[] base = features(table);
        INDArray[] all = java.util.Arrays.copyOf(base, base.length + masks);
        int rows = mask.length;
        float keep = (float) (1.0 / (1.0 - dropout));
        for (int m = 0; m < masks; m++) {
            float[] v = new float[rows * width];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextDouble() < dropout ? 0f : keep;
            }
            all[base.length + m] = Nd4j.create(v, new long[] {rows, width}, 'c');
        }
        return new MultiDataSet(all, labels());
    }

    private INDArray[] features(EmbeddingTable table) {
        int rows = mask.length;
        int n = setSize();
        int inputWidth = table.inputWidth(width);
        float[] input = new float[rows * inputWidth];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(dense, r * width, input, r * inputWidth, width);
        }
        table.fill(ids, input);
        return new INDArray[] {Nd4j.create(input, new long[] {rows, inputWidth}, 'c'),
                Nd4j.create(mask, new long[] {sets, n}, 'c')};
    }

    private INDArray[] labels() {
        int n = setSize();
        return new INDArray[] {Nd4j.create(label, new long[] {sets, n}, 'c'),
                Nd4j.create(weight, new long[] {sets, n}, 'c')};
    }
}
