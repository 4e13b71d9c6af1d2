package org.mostra4j.adapters.ml.encoder.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The encoder as a SameDiff graph with dynamic batch and set size. Candidate rows travel as a 2-D
 * [batch·n, ·] matrix through the per-candidate layers and are reshaped to channels-first
 * [batch, d, n] only for the attention (the layout {@code multiHeadDotProductAttention} wants). The
 * padding mask [batch, n] hides padded candidates as keys; the loss weight (mask × label known) hides
 * them from the loss. LayerNorm is written out (mean/variance over the features, ε = 1e-5) so the plain
 * Java path can match it exactly. With inducing points each block is an ISAB: the inducing points
 * attend over the candidates under the padding mask, the candidates attend over the inducing points'
 * result with no mask (see {@link Architecture}).
 */
public final class SetTransformerGraph {
    public static final String DENSE = "dense";
    /** [2·batch·n] int, interleaved per candidate: user row, then track row offset by the user table's rows (one table, one gather). */
    public static final String IDS = "ids";
    public static final String MASK = "mask";
    public static final String LABEL = "label";
    public static final String WEIGHT = "weight";
    public static final String LOGITS = "logits";
    public static final String PROBABILITY = "probability";
    public static final String LOSS = "loss";
    static final double LN_EPSILON = 1e-5;

    private final SameDiff sd;
    private final Architecture a;
    private final List<String> keepMasks = new ArrayList<>();

    private SetTransformerGraph(SameDiff sd, Architecture a) {
        this.sd = sd;
        this.a = a;
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
            long[] shape = new long[param.shape().length];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = param.shape()[i];
            }
            INDArray init = Nd4j.create(weights.get(param.name()), shape, 'c');
            p.put(param.name(), sd.var(param.name(), init));
        }
        SDVariable dense = sd.placeHolder(DENSE, DataType.FLOAT, -1, a.denseWidth());
        SDVariable ids = sd.placeHolder(IDS, DataType.INT, -1);
        SDVariable mask = sd.placeHolder(MASK, DataType.FLOAT, -1, -1);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, -1);
        SDVariable weight = sd.placeHolder(WEIGHT, DataType.FLOAT, -1, -1);

        // lookup as one-hot × table: SameDiff 1.0.0-M2.1 fails to differentiate gather inside fit()
        SDVariable table = sd.concat(0, p.get("emb_user"), p.get("emb_track"));
        SDVariable oneHot = sd.oneHot(ids, a.userRows() + a.trackRows(), -1, 1.0, 0.0, DataType.FLOAT);
        SDVariable embedded = sd.reshape(oneHot.mmul(table), -1, 2 * a.embedding());
        SDVariable x = sd.concat(1, dense, embedded);
        SDVariable h = x.mmul(p.get("in_W")).add(p.get("in_b"));
        SDVariable setShape = sd.shape(mask);
        SDVariable tokens3 = sd.concat(0, setShape, sd.constant(Nd4j.createFromArray((long) a.dModel())));
        SetTransformerGraph g = new SetTransformerGraph(sd, a);
        for (int b = 0; b < a.blocks(); b++) {
            String n = "b" + b + "_";
            if (a.attention()) {
                SDVariable cf = sd.permute(sd.reshape(h, tokens3), 0, 2, 1);
                SDVariable keys = cf;
                SDVariable keyMask = mask;
                if (a.inducingPoints() > 0) {
                    keys = g.induced(p, n, cf, mask);
                    keyMask = g.allKept(mask);
                }
                SDVariable att = sd.nn.multiHeadDotProductAttention(cf, keys, keys, p.get(n + "Wq"), p.get(n + "Wk"),
                        p.get(n + "Wv"), p.get(n + "Wo"), keyMask, true);
                SDVariable back = sd.reshape(sd.permute(att, 0, 2, 1), -1, a.dModel());
                h = g.layerNorm(h.add(g.drop(back, dropout, n + "att")), p.get(n + "ln1_g"), p.get(n + "ln1_b"));
            }
            h = g.feedForward(h, p, n, dropout);
        }
        SDVariable z = sd.nn.relu(h.mmul(p.get("head_W")).add(p.get("head_b")), 0);
        SDVariable logits = sd.reshape(LOGITS, z.mmul(p.get("out_W")).add(p.get("out_b")), setShape);
        sd.nn.sigmoid(PROBABILITY, logits);
        sd.loss.sigmoidCrossEntropy(LOSS, label, logits, weight, LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT, 0.0);
        sd.setLossVariables(LOSS);
        return g;
    }

    /** rows = LayerNorm(rows + FF(rows)), FF = ReLU layer then linear, with dropout on FF's output. */
    private SDVariable feedForward(SDVariable rows, Map<String, SDVariable> p, String n, double dropout) {
        SDVariable ff = sd.nn.relu(rows.mmul(p.get(n + "ff1_W")).add(p.get(n + "ff1_b")), 0)
                .mmul(p.get(n + "ff2_W")).add(p.get(n + "ff2_b"));
        return layerNorm(rows.add(drop(ff, dropout, n + "ff")), p.get(n + "ln2_g"), p.get(n + "ln2_b"));
    }

    /**
     * The ISAB's first half, H = MAB(I, X): the block's m inducing points (the same for every set of
     * the batch) attend over the candidates {@code xCf} [batch, d, n], padded candidates hidden by
     * {@code mask}. Returns H channels-first [batch, d, m]. No dropout inside this MAB (the keep masks
     * are shaped per candidate, not per inducing point).
     */
    private SDVariable induced(Map<String, SDVariable> p, String n, SDVariable xCf, SDVariable mask) {
        int m = a.inducingPoints();
        int d = a.dModel();
        String ind = n + "ind_";
        SDVariable perSet = ones(mask, 1, 1);
        SDVariable iCf = perSet.mul(sd.expandDims(sd.transpose(p.get(n + "I")), 0));
        SDVariable att = sd.nn.multiHeadDotProductAttention(iCf, xCf, xCf, p.get(ind + "Wq"), p.get(ind + "Wk"),
                p.get(ind + "Wv"), p.get(ind + "Wo"), mask, true);
        SDVariable iRows = sd.reshape(sd.permute(iCf, 0, 2, 1), -1, d);
        SDVariable back = sd.reshape(sd.permute(att, 0, 2, 1), -1, d);
        SDVariable hRows = layerNorm(iRows.add(back), p.get(ind + "ln1_g"), p.get(ind + "ln1_b"));
        hRows = feedForward(hRows, p, ind, 0.0);
        return sd.permute(sd.reshape(hRows, -1, m, d), 0, 2, 1);
    }

    /** A [batch, m] mask of ones: every inducing point is a key the candidates may attend to. */
    private SDVariable allKept(SDVariable mask) {
        return ones(mask, a.inducingPoints());
    }

    /**
     * Ones of shape [batch, trailing...], batch read from the mask at run time (a fill rather than a
     * reduction over the mask: SameDiff 1.0.0-M2.1 fails reducing an axis of length 1).
     */
    private SDVariable ones(SDVariable mask, long... trailing) {
        SDVariable batch = sd.slice(sd.shape(mask), new int[] {0}, 1);
        return sd.fill(sd.concat(0, batch, sd.constant(Nd4j.createFromArray(trailing))), DataType.FLOAT, 1.0);
    }

    private SDVariable layerNorm(SDVariable in, SDVariable gain, SDVariable bias) {
        SDVariable centred = in.sub(in.mean(true, 1));
        SDVariable variance = centred.mul(centred).mean(true, 1);
        return centred.div(sd.math.sqrt(variance.add(LN_EPSILON))).mul(gain).add(bias);
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

    /** The current values of every parameter (copies). */
    public EncoderWeights weights() {
        Map<String, float[]> v = new LinkedHashMap<>();
        for (Architecture.Parameter param : a.parameters()) {
            v.put(param.name(), sd.getVariable(param.name()).getArr().dup('c').data().asFloat());
        }
        return EncoderWeights.of(a, v);
    }
}
