package org.mostra4j.adapters.ml.encoder.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The encoder as a SameDiff graph with dynamic batch and set size. Candidate rows travel as a 2-D
 * [batch·n, ·] matrix through the per-candidate layers and are reshaped to [batch, heads, n, p] only
 * for the attention's batched products. The graph's input is each candidate's row [dense features,
 * user embedding, track embedding]: the embedding tables live outside the graph ({@link EmbeddingTable},
 * rows copied in by {@link Batch}, gradient carried back by {@link EmbeddingGradient}). The
 * padding mask [batch, n] hides padded candidates as keys (a −1e9 bias on their scores); the loss
 * weight (mask × label known) hides them from the loss. LayerNorm is written out (mean/variance over the
 * features, ε = 1e-5) so the plain Java path can match it exactly. With inducing points each block is an ISAB: the inducing points
 * attend over the candidates under the padding mask, the candidates attend over the inducing points'
 * result with no mask (see {@link Architecture}).
 */
public final class SetTransformerGraph {
    /** [batch·n, inputWidth]: per candidate its dense features, then its user and track embedding rows. */
    public static final String INPUT = "input";
    public static final String MASK = "mask";
    public static final String LABEL = "label";
    public static final String WEIGHT = "weight";
    public static final String LOGITS = "logits";
    public static final String PROBABILITY = "probability";
    public static final String LOSS = "loss";
    static final double LN_EPSILON = 1e-5;
    /** Suffix of an SAB block's fused Q/K/V projection variable (the model file keeps Wq, Wk, Wv). */
    static final String QKV = "Wqkv";
    private static final Set<String> EMBEDDINGS = Set.of("emb_user", "emb_track");

    private final SameDiff sd;
    private final Architecture a;
    private final EmbeddingTable table;
    private final List<String> keepMasks = new ArrayList<>();

    private SetTransformerGraph(SameDiff sd, Architecture a, EmbeddingTable table) {
        this.sd = sd;
        this.a = a;
        this.table = table;
    }

    /**
     * Builds the graph with its variables set to {@code weights}; {@code dropout} &gt; 0 adds inverted
     * dropout after each sub-layer (use 0 for evaluation graphs). Dropout multiplies by keep masks fed as
     * placeholders ({@link #keepMasks()}, [batch·n, d], values 0 or 1/(1−p)): SameDiff 1.0.0-M2.1's
     * dropout ops have no derivative.
     */
    public static SetTransformerGraph build(EncoderWeights weights, double dropout) {
        SameDiff sd = SameDiff.create();
        Architecture a = weights.architecture();
        Map<String, SDVariable> p = new LinkedHashMap<>();
        for (Architecture.Parameter param : a.parameters()) {
            if (EMBEDDINGS.contains(param.name()) || fusedProjection(a, param.name())) {
                continue;
            }
            INDArray init = Nd4j.create(weights.get(param.name()), graphShape(param, a), 'c');
            p.put(param.name(), sd.var(param.name(), init));
        }
        if (selfAttention(a)) {
            for (int b = 0; b < a.blocks(); b++) {
                String n = "b" + b + "_";
                p.put(n + QKV, sd.var(n + QKV, Nd4j.create(fused(weights, n), new long[] {3L * a.heads() * a.headWidth(),
                        a.dModel()}, 'c')));
            }
        }
        SDVariable input = sd.placeHolder(INPUT, DataType.FLOAT, -1, a.inputWidth());
        SDVariable mask = sd.placeHolder(MASK, DataType.FLOAT, -1, -1);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, -1);
        SDVariable weight = sd.placeHolder(WEIGHT, DataType.FLOAT, -1, -1);

        SDVariable h = input.mmul(p.get("in_W")).add(p.get("in_b"));
        SDVariable setShape = sd.shape(mask);
        SetTransformerGraph g = new SetTransformerGraph(sd, a, EmbeddingTable.of(weights));
        SDVariable heads4 = g.headShape(setShape);
        SDVariable qkvShape = selfAttention(a) ? g.qkvShape(setShape) : null;
        SDVariable keyBias = a.attention() ? g.keyBias(mask) : null;
        for (int b = 0; b < a.blocks(); b++) {
            String n = "b" + b + "_";
            if (a.attention()) {
                SDVariable keys = h;
                SDVariable keys4 = heads4;
                SDVariable bias = keyBias;
                if (a.inducingPoints() > 0) {
                    keys = g.induced(p, n, h, heads4, keyBias, mask);
                    keys4 = g.inducedShape(mask);
                    bias = null;
                }
                SDVariable att = a.inducingPoints() > 0 ? g.attention(p, n, h, heads4, keys, keys4, bias)
                        : g.selfAttention(p, n, h, qkvShape, keyBias);
                h = g.layerNorm(h.add(g.drop(att, dropout, n + "att")), p.get(n + "ln1_g"), p.get(n + "ln1_b"));
            }
            h = g.feedForward(h, p, n, dropout);
        }
        SDVariable z = g.relu(h.mmul(p.get("head_W")).add(p.get("head_b")));
        SDVariable logits = sd.reshape(LOGITS, z.mmul(p.get("out_W")).add(p.get("out_b")), setShape);
        sd.nn.sigmoid(PROBABILITY, logits);
        sd.loss.sigmoidCrossEntropy(LOSS, label, logits, weight, LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT, 0.0);
        sd.setLossVariables(LOSS);
        return g;
    }

    /**
     * The shape a parameter has inside the graph: the model file's shape, except where another view of
     * the same c-order values saves a reshape per step (and its gradient): attention projections
     * [heads, p, d] as [heads·p, d], LayerNorm gains [d] as [1, d], inducing points [m, d] as [1, m·d].
     */
    private static long[] graphShape(Architecture.Parameter param, Architecture a) {
        String name = param.name();
        if (name.endsWith("Wq") || name.endsWith("Wk") || name.endsWith("Wv")) {
            return new long[] {(long) a.heads() * a.headWidth(), a.dModel()};
        }
        if (name.endsWith("ln1_g") || name.endsWith("ln2_g")) {
            return new long[] {1, a.dModel()};
        }
        if (name.endsWith("_I")) {
            return new long[] {1, (long) a.inducingPoints() * a.dModel()};
        }
        long[] shape = new long[param.shape().length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = param.shape()[i];
        }
        return shape;
    }

    /**
     * ReLU as the scalar maximum max(x, 0): in ND4J 1.0.0-M2.1 its gradient (x &gt; 0, cast, product) costs
     * less than thresholdedrelu_bp (sd.nn.relu) and than the three gradients of (x + |x|) / 2, which the
     * graph used before (same values; the gradient differs only at exactly 0, where this one is 0 as in
     * PyTorch). Measured: SameDiffGraphVariants linear.
     */
    private SDVariable relu(SDVariable x) {
        return sd.scalarMax(x, 0.0);
    }

    /** rows = LayerNorm(rows + FF(rows)), FF = ReLU layer then linear, with dropout on FF's output. */
    private SDVariable feedForward(SDVariable rows, Map<String, SDVariable> p, String n, double dropout) {
        SDVariable ff = relu(rows.mmul(p.get(n + "ff1_W")).add(p.get(n + "ff1_b")))
                .mmul(p.get(n + "ff2_W")).add(p.get(n + "ff2_b"));
        return layerNorm(rows.add(drop(ff, dropout, n + "ff")), p.get(n + "ln2_g"), p.get(n + "ln2_b"));
    }

    /**
     * The ISAB's first half, H = MAB(I, X): the block's m inducing points (the same for every set of
     * the batch) attend over the candidate rows {@code xRows} [batch·n, d], padded candidates hidden by
     * {@code keyBias}. Returns H as rows [batch·m, d]. No dropout inside this MAB (the keep masks are
     * shaped per candidate, not per inducing point).
     */
    private SDVariable induced(Map<String, SDVariable> p, String n, SDVariable xRows, SDVariable x4,
            SDVariable keyBias, SDVariable mask) {
        int d = a.dModel();
        String ind = n + "ind_";
        // tiled per set as a product with ones (cheaper to differentiate than a broadcast multiply)
        SDVariable iRows = sd.reshape(ones(mask, 1).mmul(p.get(n + "I")), -1, d);
        SDVariable att = attention(p, ind, iRows, inducedShape(mask), xRows, x4, keyBias);
        SDVariable hRows = layerNorm(iRows.add(att), p.get(ind + "ln1_g"), p.get(ind + "ln1_b"));
        return feedForward(hRows, p, ind, 0.0);
    }

    /**
     * Multi-head scaled dot-product attention in row layout, as batched products over [batch, heads,
     * rows, head width]: Q = X·Wqᵀ (Wq [heads, p, d] read as [heads·p, d]), likewise K and V from Y;
     * S = (Q/√p)·Kᵀ + bias, softmax over the keys, O = S·V, heads concatenated head-major and projected
     * by Wo [heads·p, d]. {@code q4}/{@code k4} are the run-time shapes [batch, rows, heads, p] of the
     * query and key rows; {@code keyBias} [batch, 1, 1, keys] (0 for kept keys, −1e9 for padding) or
     * {@code null} when every key is real. The same function as ND4J's multi-head attention op, with
     * fewer and cheaper ops in the backward pass.
     */
    private SDVariable attention(Map<String, SDVariable> p, String n, SDVariable xRows, SDVariable q4,
            SDVariable yRows, SDVariable k4, SDVariable keyBias) {
        SDVariable q = sd.mmul(xRows, p.get(n + "Wq"), false, true, false)
                .mul(1.0 / Math.sqrt(a.headWidth()));
        SDVariable k = sd.mmul(yRows, p.get(n + "Wk"), false, true, false);
        SDVariable v = sd.mmul(yRows, p.get(n + "Wv"), false, true, false);
        return attend(p, n, perHead(q, q4), perHead(k, k4), perHead(v, k4), keyBias);
    }

    /**
     * The heads' attention from scaled queries, keys and values [batch, heads, rows, p]: softmax over the keys of
     * Q·Kᵀ + bias, times V, heads concatenated head-major and projected by Wo.
     */
    private SDVariable attend(Map<String, SDVariable> p, String n, SDVariable q, SDVariable k, SDVariable v,
            SDVariable keyBias) {
        SDVariable scores = sd.mmul(q, k, false, true, false);
        if (keyBias != null) {
            scores = scores.add(keyBias);
        }
        SDVariable o = sd.mmul(sd.nn.softmax(scores, 3), v);
        return sd.reshape(sd.permute(o, 0, 2, 1, 3), -1, a.heads() * a.headWidth()).mmul(p.get(n + "Wo"));
    }

    /**
     * {@link #attention} where queries, keys and values come from the same rows (SAB blocks): one product
     * with the fused projection [Wq; Wk; Wv] ([3·heads·p, d], the three model-file matrices stacked) gives
     * [batch·n, 3·heads·p], read as [batch, n, 3, heads, p], permuted to [3, batch, heads, n, p] and unstacked
     * into Q, K and V. The same values as three products (each output element is the same dot product), in 5
     * forward ops instead of 10 and one weight gradient product instead of three.
     */
    private SDVariable selfAttention(Map<String, SDVariable> p, String n, SDVariable rows, SDVariable qkvShape,
            SDVariable keyBias) {
        SDVariable qkv = sd.permute(sd.reshape(sd.mmul(rows, p.get(n + QKV), false, true, false), qkvShape),
                2, 0, 3, 1, 4);
        SDVariable[] split = sd.unstack(qkv, 0, 3);
        return attend(p, n, split[0].mul(1.0 / Math.sqrt(a.headWidth())), split[1], split[2], keyBias);
    }

    /** [batch, n, 3, heads, p] from the mask's run-time shape [batch, n]. */
    private SDVariable qkvShape(SDVariable setShape) {
        return sd.concat(0, setShape, sd.constant(Nd4j.createFromArray(3L, (long) a.heads(), (long) a.headWidth())));
    }

    /** Whether the blocks are SABs, whose Q/K/V projections the graph holds as one fused variable. */
    private static boolean selfAttention(Architecture a) {
        return a.attention() && a.inducingPoints() == 0;
    }

    private static boolean fusedProjection(Architecture a, String name) {
        return selfAttention(a) && name.startsWith("b") && (name.endsWith("_Wq") || name.endsWith("_Wk")
                || name.endsWith("_Wv"));
    }

    /** Block {@code n}'s Wq, Wk and Wv values stacked in that order (each [heads·p, d] in c-order). */
    private static float[] fused(EncoderWeights weights, String n) {
        float[] q = weights.get(n + "Wq");
        float[] k = weights.get(n + "Wk");
        float[] v = weights.get(n + "Wv");
        float[] out = new float[q.length + k.length + v.length];
        System.arraycopy(q, 0, out, 0, q.length);
        System.arraycopy(k, 0, out, q.length, k.length);
        System.arraycopy(v, 0, out, q.length + k.length, v.length);
        return out;
    }

    /** Rows [batch·n, heads·p] → [batch, heads, n, p]. */
    private SDVariable perHead(SDVariable rows, SDVariable shape4) {
        return sd.permute(sd.reshape(rows, shape4), 0, 2, 1, 3);
    }

    /** [batch, n, heads, p] from the mask's run-time shape [batch, n]. */
    private SDVariable headShape(SDVariable setShape) {
        return sd.concat(0, setShape, sd.constant(Nd4j.createFromArray((long) a.heads(), (long) a.headWidth())));
    }

    /** [batch, m, heads, p] for the inducing points. */
    private SDVariable inducedShape(SDVariable mask) {
        SDVariable batch = sd.slice(sd.shape(mask), new int[] {0}, 1);
        return sd.concat(0, batch, sd.constant(Nd4j.createFromArray((long) a.inducingPoints(), (long) a.heads(),
                (long) a.headWidth())));
    }

    /** [batch, 1, 1, n]: 0 where the mask keeps a candidate, −1e9 where it is padding. */
    private SDVariable keyBias(SDVariable mask) {
        return sd.expandDims(sd.expandDims(mask.sub(1.0).mul(1e9), 1), 1);
    }

    /**
     * Ones of shape [batch, trailing...], batch read from the mask at run time (a fill rather than a
     * reduction over the mask: SameDiff 1.0.0-M2.1 fails reducing an axis of length 1).
     */
    private SDVariable ones(SDVariable mask, long... trailing) {
        SDVariable batch = sd.slice(sd.shape(mask), new int[] {0}, 1);
        return sd.fill(sd.concat(0, batch, sd.constant(Nd4j.createFromArray(trailing))), DataType.FLOAT, 1.0);
    }

    /**
     * LayerNorm over the features of each row: (x − mean) ⊙ (r ⊗ gain) + bias with r = 1/√(variance + ε)
     * per row. The outer product of r [rows, 1] with the gain [1, d] tiles both to [rows, d] in one product
     * (same values up to rounding: the plain Java path also multiplies by 1/√(variance + ε)); ND4J
     * 1.0.0-M2.1's gradients of broadcast multiply/divide cost several times those of the same-shape ops plus
     * a product, and its divide gradient twice the multiply's: 9 forward ops, ≈ 1.5 ms less per LayerNorm
     * on [3200, 64] (fit, forward and gradient) than the division by a tiled σ and a separately tiled gain.
     */
    private SDVariable layerNorm(SDVariable in, SDVariable gain, SDVariable bias) {
        SDVariable centred = in.sub(in.mean(true, 1));
        SDVariable variance = centred.mul(centred).mean(true, 1);
        return centred.mul(sd.math.rsqrt(variance.add(LN_EPSILON)).mmul(gain)).add(bias);
    }

    private SDVariable drop(SDVariable in, double dropout, String where) {
        if (dropout <= 0) {
            return in;
        }
        String name = "keep_" + where;
        keepMasks.add(name);
        return in.mul(sd.placeHolder(name, DataType.FLOAT, -1, a.dModel()));
    }

    /** The keep-mask placeholders, in the order the training data must supply them (empty without dropout). */
    public List<String> keepMasks() {
        return List.copyOf(keepMasks);
    }

    public SameDiff sameDiff() {
        return sd;
    }

    public Architecture architecture() {
        return a;
    }

    /**
     * Makes the graph trainable by fit(): Adam for the graph's variables and the same Adam for the
     * embedding tables (through {@link EmbeddingGradient}); the data sets are {@link Batch#dataSet}'s
     * (features: input, mask, then the keep masks; labels: label, weight). Without this listener the
     * embedding tables would not learn.
     */
    public void configureTraining(Adam adam) {
        List<String> features = new ArrayList<>(List.of(INPUT, MASK));
        features.addAll(keepMasks);
        sd.setTrainingConfig(TrainingConfig.builder().updater(adam).dataSetFeatureMapping(features)
                .dataSetLabelMapping(LABEL, WEIGHT).build());
        table.train(adam.getLearningRate(), adam.getBeta1(), adam.getBeta2(), adam.getEpsilon());
        sd.setListeners(new EmbeddingGradient(table));
    }

    /** The embedding tables, held outside the graph. */
    public EmbeddingTable table() {
        return table;
    }

    /** Placeholder values of {@code batch} by name (embedding rows from this graph's tables), for output(). */
    public Map<String, INDArray> placeholders(Batch batch) {
        return batch.placeholders(table);
    }

    /** Wq, Wk or Wv of a block, cut from the block's fused projection (a copy). */
    private float[] fusedPart(String name) {
        String block = name.substring(0, name.length() - 2);
        int part = name.endsWith("Wq") ? 0 : name.endsWith("Wk") ? 1 : 2;
        float[] all = sd.getVariable(block + QKV).getArr().dup('c').data().asFloat();
        int size = all.length / 3;
        return java.util.Arrays.copyOfRange(all, part * size, (part + 1) * size);
    }

    /** The current values of every parameter (copies). */
    public EncoderWeights weights() {
        Map<String, float[]> v = new LinkedHashMap<>();
        for (Architecture.Parameter param : a.parameters()) {
            if (param.name().equals("emb_user")) {
                v.put(param.name(), table.user());
            } else if (param.name().equals("emb_track")) {
                v.put(param.name(), table.track());
            } else if (fusedProjection(a, param.name())) {
                v.put(param.name(), fusedPart(param.name()));
            } else {
                v.put(param.name(), sd.getVariable(param.name()).getArr().dup('c').data().asFloat());
            }
        }
        return EncoderWeights.of(a, v);
    }
}
