package org.mostra4j.adapters.ml.encoder.train;

import java.util.Arrays;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The user and track embedding tables, held in Java during training as one table [userRows +
 * trackRows, embedding] (track rows offset by the user rows, as in {@link Batch}'s ids). Batches copy
 * their rows into the graph's input (a lookup costs a copy per candidate instead of a one-hot product
 * over the whole vocabulary: SameDiff 1.0.0-M2.1 cannot differentiate {@code gather} inside fit()). The
 * gradient reaches the table through {@link EmbeddingGradient}: the input's gradient, scattered back by
 * id, then an Adam step with the same hyper-parameters and bias correction as SameDiff's updater for the
 * other parameters (ND4J's AdamUpdater formula). Not thread-safe: one training loop owns it.
 */
public final class EmbeddingTable {
    private final Architecture a;
    private final float[] values;
    private float[] gradient;
    private float[] m;
    private float[] v;
    private double learningRate;
    private double beta1;
    private double beta2;
    private double epsilon;
    private int[] pendingIds = new int[0];
    private boolean pendingGradient;
    private long steps;

    private EmbeddingTable(Architecture a, float[] values) {
        this.a = a;
        this.values = values;
    }

    /** The tables of {@code w}, copied. */
    public static EmbeddingTable of(EncoderWeights w) {
        Architecture a = w.architecture();
        float[] user = w.get("emb_user");
        float[] track = w.get("emb_track");
        float[] values = Arrays.copyOf(user, user.length + track.length);
        System.arraycopy(track, 0, values, user.length, track.length);
        return new EmbeddingTable(a, values);
    }

    /** Enables Adam steps ({@link #applyGradient()}) with these hyper-parameters; moments start at zero. */
    public void train(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.gradient = new float[values.length];
        this.m = new float[values.length];
        this.v = new float[values.length];
    }

    /** The input width for rows of {@code denseWidth} dense features (which must be the architecture's). */
    int inputWidth(int denseWidth) {
        if (denseWidth != a.denseWidth()) {
            throw new IllegalArgumentException("sets of " + denseWidth + " dense features for a model of "
                    + a.denseWidth());
        }
        return a.inputWidth();
    }

    /**
     * Writes the embedding rows of {@code ids} (interleaved user, track per candidate) into {@code input}
     * [rows, inputWidth] after each row's dense features, and remembers the ids as the batch in flight
     * (the one whose gradient {@link #accumulate} will receive).
     */
    void fill(int[] ids, float[] input) {
        int e = a.embedding();
        int width = a.inputWidth();
        int rows = ids.length / 2;
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, ids[2 * r] * e, input, r * width + a.denseWidth(), e);
            System.arraycopy(values, ids[2 * r + 1] * e, input, r * width + a.denseWidth() + e, e);
        }
        pendingIds = ids;
    }

    /** Adds the gradient of the loss with respect to the graph input [rows, inputWidth] to the rows used. */
    void accumulate(INDArray inputGradient) {
        if (gradient == null) {
            return;
        }
        int e = a.embedding();
        int width = a.inputWidth();
        int rows = pendingIds.length / 2;
        if (inputGradient.rank() != 2 || inputGradient.size(0) != rows || inputGradient.size(1) != width) {
            throw new IllegalStateException("input gradient of shape " + Arrays.toString(inputGradient.shape())
                    + " for a batch of " + rows + " rows of width " + width);
        }
        float[] g = inputGradient.dup('c').data().asFloat();
        for (int r = 0; r < rows; r++) {
            int src = r * width + a.denseWidth();
            int user = ids(2 * r) * e;
            int track = ids(2 * r + 1) * e;
            for (int k = 0; k < e; k++) {
                gradient[user + k] += g[src + k];
                gradient[track + k] += g[src + e + k];
            }
        }
        pendingGradient = true;
    }

    private int ids(int i) {
        return pendingIds[i];
    }

    /**
     * One Adam step over the whole table with the accumulated gradient (rows not in the batch have a
     * zero gradient, as they would in SameDiff's dense updater), then clears the gradient.
     *
     * @throws IllegalStateException when training and no gradient arrived for the step: the tables would
     *     silently stop learning (e.g. if a SameDiff version stopped computing the input's gradient)
     */
    void applyGradient() {
        if (gradient == null) {
            return;
        }
        if (!pendingGradient) {
            throw new IllegalStateException("no gradient reached the embedding tables in this training step"
                    + " (expected the input projection's matmul_bp on '" + SetTransformerGraph.INPUT + "')");
        }
        steps++;
        double beta1t = Math.pow(beta1, steps);
        double beta2t = Math.pow(beta2, steps);
        double alpha = learningRate * Math.sqrt(1 - beta2t) / (1 - beta1t);
        for (int i = 0; i < values.length; i++) {
            float g = gradient[i];
            m[i] = (float) (beta1 * m[i] + (1 - beta1) * g);
            v[i] = (float) (beta2 * v[i] + (1 - beta2) * g * g);
            values[i] -= (float) (alpha * m[i] / (Math.sqrt(v[i]) + epsilon));
        }
        Arrays.fill(gradient, 0f);
        pendingGradient = false;
    }

    /** Copies of the user table [userRows, embedding] and the track table [trackRows, embedding]. */
    float[] user() {
        return Arrays.copyOf(values, a.userRows() * a.embedding());
    }

    float[] track() {
        return Arrays.copyOfRange(values, a.userRows() * a.embedding(), values.length);
    }
}
