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
    /** Whether sets can be stacked into one pass (no ISAB block). */
    private final boolean stacks;
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
        this.stacks = java.util.Arrays.stream(blocks).allMatch(Block::stacks);
        int initial = Math.max(64, a.inducingPoints());
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(a, initial, initial));
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
        checkWidth(set);
        int n = set.size();
        Scratch s = scratch(n, n);
        fill(set, s.input, 0);
        s.starts[0] = 0;
        s.starts[1] = n;
        forward(s, n, 1, out);
    }

    /**
     * At most this many sets stacked into one pass by {@link #scoreBatch}: every row-wise product then reads its weights
     * once for all of them (8 sets of 50 candidates: 400 rows, the largest buffer, the feed-forward hidden layer, 200
     * KB). Measured against 1, 2, 4 and 16 sets per pass (docs/benchmarks.md, E1): no difference beyond the noise —
     * the weights (at most 64 KB per matrix) stay in cache between sets anyway.
     */
    public static final int BATCH = 8;

    /**
     * Writes the probabilities of {@code sets.get(i)} into {@code outs[i]} (length ≥ its size): the same bits as
     * {@link #score(EncodedSet, float[])} set by set (a law, tested), with up to {@link #BATCH} sets per pass — their
     * rows stacked, attention per set (see {@code Mab.applyStacked}). Models with inducing points (ISAB) run set by
     * set. Allocation-free once warm.
     */
    public void scoreBatch(List<EncodedSet> sets, float[][] outs) {
        scoreBatch(sets, outs, BATCH);
    }

    /** As {@link #scoreBatch(List, float[][])} with up to {@code setsPerPass} (1 to {@link #BATCH}) sets per pass. */
    public void scoreBatch(List<EncodedSet> sets, float[][] outs, int setsPerPass) {
        if (setsPerPass < 1 || setsPerPass > BATCH) {
            throw new IllegalArgumentException("sets per pass must be 1 to " + BATCH + ", got " + setsPerPass);
        }
        if (outs.length < sets.size()) {
            throw new IllegalArgumentException(sets.size() + " sets but " + outs.length + " output arrays");
        }
        int per = stacks ? setsPerPass : 1;
        for (int from = 0; from < sets.size(); from += per) {
            int to = Math.min(sets.size(), from + per);
            int rows = 0;
            int widest = 0;
            for (int i = from; i < to; i++) {
                EncodedSet set = sets.get(i);
                checkWidth(set);
                if (outs[i].length < set.size()) {
                    throw new IllegalArgumentException("output " + i + " has room for " + outs[i].length
                            + " scores, set " + i + " has " + set.size() + " candidates");
                }
                rows += set.size();
                widest = Math.max(widest, set.size());
            }
            Scratch s = scratch(rows, widest);
            int r = 0;
            for (int i = from; i < to; i++) {
                s.starts[i - from] = r;
                fill(sets.get(i), s.input, r);
                r += sets.get(i).size();
            }
            s.starts[to - from] = r;
            forward(s, rows, to - from, s.probabilities);
            for (int i = from; i < to; i++) {
                System.arraycopy(s.probabilities, s.starts[i - from], outs[i], 0, sets.get(i).size());
            }
        }
    }

    /** One probability array per set (several sets per pass: {@link #scoreBatch}). */
    public List<float[]> scoreAll(List<EncodedSet> sets) {
        float[][] outs = new float[sets.size()][];
        for (int i = 0; i < outs.length; i++) {
            outs[i] = new float[sets.get(i).size()];
        }
        scoreBatch(sets, outs);
        return List.of(outs);
    }

    private void checkWidth(EncodedSet set) {
        if (set.width() != a.denseWidth()) {
            throw new IllegalArgumentException("set has " + set.width() + " features, the model expects "
                    + a.denseWidth());
        }
    }

    /** This thread's scratch, grown when needed for {@code rows} stacked rows and sets of up to {@code widest}. */
    private Scratch scratch(int rows, int widest) {
        Scratch s = scratch.get();
        if (s.rows < rows || s.capacity < widest) {
            int capacity = s.capacity < widest ? Math.max(widest, s.capacity * 2) : s.capacity;
            s = new Scratch(a, Math.max(Math.max(rows, s.rows), capacity), capacity);
            scratch.set(s);
        }
        return s;
    }

    /** The set's input rows (dense features, user and track embeddings) into x from row {@code row0}. */
    private void fill(EncodedSet set, float[] x, int row0) {
        int n = set.size();
        int in = a.inputWidth();
        int dw = a.denseWidth();
        int e = a.embedding();
        for (int i = 0; i < n; i++) {
            int row = (row0 + i) * in;
            set.copyDense(i, x, row);
            System.arraycopy(embUser, set.user() * e, x, row + dw, e);
            System.arraycopy(embTrack, set.track(i) * e, x, row + dw + e, e);
        }
    }

    /** The pass over {@code rows} input rows of {@code sets} sets (bounds in s.starts), probabilities into out. */
    private void forward(Scratch s, int rows, int sets, float[] out) {
        int d = a.dModel();
        int in = a.inputWidth();
        float[] x = s.input;
        affine.apply(x, rows, in, inW, d, inB, s.h);
        if (inQkvW != null) {
            affine.apply(x, rows, in, inQkvW, 3 * d, inQkvB, s.qkv);
        }
        for (int b = 0; b < blocks.length; b++) {
            blocks[b].apply(s, rows, s.starts, sets, b == 0 && inQkvW != null);
        }
        affine.applyRelu(s.h, rows, d, headW, d, headB, s.tmp);
        affine.logistic(s.tmp, rows, d, outW, outB, out);
    }

    /**
     * Per-thread buffers for {@code rows} stacked rows (up to {@link #BATCH} sets) and sets of up to {@code capacity}
     * candidates; the capacity is never below the number of inducing points, which the attention buffers also hold
     * as queries or keys, and the rows never below the capacity.
     */
    static final class Scratch {
        final int rows;
        final int capacity;
        final float[] input;
        final float[] h;
        /** Q, K and V side by side, [rows, 3d]. */
        final float[] qkv;
        final float[] att;
        final float[] tmp;
        final float[] hidden;
        /** All heads' attention scores side by side, keys × queries: [capacity, Affine.scoreWidth(heads, capacity)]. */
        final float[] scores;
        /** Qᵀ of all heads, [d, capacity padded to 16]. */
        final float[] queriesT;
        /** The attention softmax's 1/sum per query and head, [Affine.scoreWidth(heads, capacity)]. */
        final float[] inverseSums;
        /** The inducing points' hidden vectors H [m×d] of the current ISAB block (empty for SAB). */
        final float[] ind;
        /** The first row of each stacked set, and the row count after the last: [BATCH + 1]. */
        final int[] starts;
        /** A batch's probabilities, [rows]. */
        final float[] probabilities;

        Scratch(Architecture a, int rows, int capacity) {
            this.rows = rows;
            this.capacity = capacity;
            int d = a.dModel();
            this.input = new float[rows * a.inputWidth()];
            this.h = new float[rows * d];
            this.qkv = new float[rows * 3 * d];
            this.att = new float[rows * d];
            this.tmp = new float[rows * d];
            this.hidden = new float[rows * a.ffHidden()];
            this.scores = new float[capacity * Affine.scoreWidth(a.heads(), capacity)];
            this.queriesT = new float[d * Affine.padded(capacity)];
            this.inverseSums = new float[Affine.scoreWidth(a.heads(), capacity)];
            this.ind = new float[a.inducingPoints() * d];
            this.starts = new int[BATCH + 1];
            this.probabilities = new float[rows];
        }
    }
}
