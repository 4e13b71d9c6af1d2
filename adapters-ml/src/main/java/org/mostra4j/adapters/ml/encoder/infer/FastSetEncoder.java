package org.mostra4j.adapters.ml.encoder.infer;

import java.util.List;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * The encoder's forward pass in plain Java over exactly the n candidates of a set (no padding, no
 * ND4J): float storage, weights re-laid out once for contiguous inner loops, scratch buffers reused per
 * thread. Thread-safe; computes the same function as the SameDiff graph.
 */
public final class FastSetEncoder {
    static final float LN_EPSILON = 1e-5f;
    private final Architecture a;
    private final float[] embUser;
    private final float[] embTrack;
    private final float[] inW;
    private final float[] inB;
    private final Block[] blocks;
    /**
     * The first SAB's Q/K/V projection folded through the input projection, [inputWidth, 3d] and [3d] (null for ISAB
     * or attention-free models): its Q, K and V come from the 32-wide input instead of the 64-wide h, half the cost.
     */
    private final float[] inQkvW;
    private final float[] inQkvB;
    private final float[] headW;
    private final float[] headB;
    private final float[] outW;
    private final float outB;
    private final ThreadLocal<Scratch> scratch;
    private final Affine affine;

    /** With the fastest kernel this JVM offers (see {@link #kernel()}). */
    public FastSetEncoder(EncoderWeights w) {
        this(w, Affine.best());
    }

    /** With the portable scalar kernel, whatever the JVM offers (for parity checks). */
    public static FastSetEncoder scalar(EncoderWeights w) {
        return new FastSetEncoder(w, new ScalarAffine());
    }

    private FastSetEncoder(EncoderWeights w, Affine affine) {
        this.affine = affine;
        this.a = w.architecture();
        this.embUser = w.get("emb_user");
        this.embTrack = w.get("emb_track");
        this.inW = w.get("in_W");
        this.inB = w.get("in_b");
        this.blocks = new Block[a.blocks()];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new Block(w, "b" + b + "_", a, affine);
        }
        float[][] folded = blocks.length > 0 ? blocks[0].foldedProjection(inW, inB, a.inputWidth(), a.attention())
                : null;
        this.inQkvW = folded == null ? null : folded[0];
        this.inQkvB = folded == null ? null : folded[1];
        this.headW = w.get("head_W");
        this.headB = w.get("head_b");
        this.outW = w.get("out_W");
        this.outB = w.get("out_b")[0];
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(a, Math.max(64, a.inducingPoints())));
    }

    public Architecture architecture() {
        return a;
    }

    /** "vector" when the JDK Vector API kernel is in use ({@code --add-modules jdk.incubator.vector}), else "scalar". */
    public String kernel() {
        return affine instanceof ScalarAffine ? "scalar" : "vector";
    }

    /** Satisfaction probabilities of every candidate, in candidate order. */
    public float[] score(EncodedSet set) {
        float[] out = new float[set.size()];
        score(set, out);
        return out;
    }

    /** Writes the probabilities into {@code out} (length ≥ n); allocation-free once warm. */
    public void score(EncodedSet set, float[] out) {
        if (set.width() != a.denseWidth()) {
            throw new IllegalArgumentException("set has " + set.width() + " features, the model expects "
                    + a.denseWidth());
        }
        int n = set.size();
        Scratch s = scratch.get();
        if (s.capacity < n) {
            s = new Scratch(a, Math.max(n, s.capacity * 2));
            scratch.set(s);
        }
        forward(set, s, out);
    }

    /** One probability array per set. */
    public List<float[]> scoreAll(List<EncodedSet> sets) {
        return sets.stream().map(this::score).toList();
    }

    private void forward(EncodedSet set, Scratch s, float[] out) {
        int n = set.size();
        int d = a.dModel();
        int in = a.inputWidth();
        int dw = a.denseWidth();
        int e = a.embedding();
        float[] x = s.input;
        for (int i = 0; i < n; i++) {
            int row = i * in;
            for (int f = 0; f < dw; f++) {
                x[row + f] = set.dense(i, f);
            }
            System.arraycopy(embUser, set.user() * e, x, row + dw, e);
            System.arraycopy(embTrack, set.track(i) * e, x, row + dw + e, e);
        }
        affine.apply(x, n, in, inW, d, inB, s.h);
        if (inQkvW != null) {
            affine.apply(x, n, in, inQkvW, 3 * d, inQkvB, s.qkv);
        }
        for (int b = 0; b < blocks.length; b++) {
            blocks[b].apply(s, n, b == 0 && inQkvW != null);
        }
        affine.apply(s.h, n, d, headW, d, headB, s.tmp);
        affine.relu(s.tmp, n * d);
        affine.logistic(s.tmp, n, d, outW, outB, out);
    }

    /**
     * Per-thread buffers for sets of up to {@code capacity} candidates; the capacity is never below the
     * number of inducing points, which the attention buffers also hold as queries or keys.
     */
    static final class Scratch {
        final int capacity;
        final float[] input;
        final float[] h;
        /** Q, K and V side by side, [capacity, 3d]. */
        final float[] qkv;
        final float[] att;
        final float[] tmp;
        final float[] hidden;
        /** One head's attention scores, keys × queries: [capacity, capacity padded to 16]. */
        final float[] scores;
        /** Qᵀ of all heads, [d, capacity padded to 16]. */
        final float[] queriesT;
        /** The attention softmax's 1/sum per query, [capacity padded to 16]. */
        final float[] inverseSums;
        /** The inducing points' hidden vectors H [m×d] of the current ISAB block (empty for SAB). */
        final float[] ind;

        Scratch(Architecture a, int capacity) {
            this.capacity = capacity;
            int d = a.dModel();
            this.input = new float[capacity * a.inputWidth()];
            this.h = new float[capacity * d];
            this.qkv = new float[capacity * 3 * d];
            this.att = new float[capacity * d];
            this.tmp = new float[capacity * d];
            this.hidden = new float[capacity * a.ffHidden()];
            this.scores = new float[capacity * Affine.padded(capacity)];
            this.queriesT = new float[d * Affine.padded(capacity)];
            this.inverseSums = new float[Affine.padded(capacity)];
            this.ind = new float[a.inducingPoints() * d];
        }
    }
}
