package org.mostra4j.adapters.ml.encoder.infer;

import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * One multihead attention block of the plain-Java path, MAB(X, Y) = LayerNorm(Z + FF(Z)) with
 * Z = LayerNorm(X + Multihead(X, Y, Y)): the rows of X attend over the rows of Y (Y = X for a SAB).
 * The attention projections, stored [heads, proj, d] as ND4J wants them, are re-laid out once as
 * [d, heads·proj] so that Q = X·Wq runs as a row-major product; heads are concatenated head-major before
 * the output projection, as in ND4J. Without attention it is the feed-forward half only (MLP baseline).
 */
final class Mab {
    private final boolean attention;
    private final int d;
    private final int heads;
    private final int proj;
    private final int ff;
    private final float scale;
    /** [d, 3·heads·proj]: the Q (already scaled by 1/√proj), K and V projections side by side, head-major. */
    private final float[] wqkv;
    private final float[] wo;
    private final float[] ln1g;
    private final float[] ln1b;
    private final float[] ff1W;
    private final float[] ff1b;
    private final float[] ff2W;
    private final float[] ff2b;
    private final float[] ln2g;
    private final float[] ln2b;

    private final Affine affine;
    /** Folded into the query weights with 1/√proj: the attention softmax then runs in base 2 (cheaper than e^x). */
    private static final double LOG2_E = 1.4426950408889634;

    Mab(EncoderWeights w, String prefix, Architecture a, boolean attention, Affine affine) {
        this.affine = affine;
        this.attention = attention;
        this.d = a.dModel();
        this.heads = a.heads();
        this.proj = a.headWidth();
        this.ff = a.ffHidden();
        this.scale = (float) (LOG2_E / Math.sqrt(proj));
        this.wqkv = attention ? fused(w.get(prefix + "Wq"), w.get(prefix + "Wk"), w.get(prefix + "Wv")) : null;
        this.wo = attention ? w.get(prefix + "Wo") : null;
        this.ln1g = attention ? w.get(prefix + "ln1_g") : null;
        this.ln1b = attention ? w.get(prefix + "ln1_b") : null;
        this.ff1W = w.get(prefix + "ff1_W");
        this.ff1b = w.get(prefix + "ff1_b");
        this.ff2W = w.get(prefix + "ff2_W");
        this.ff2b = w.get(prefix + "ff2_b");
        this.ln2g = w.get(prefix + "ln2_g");
        this.ln2b = w.get(prefix + "ln2_b");
    }

    /**
     * Three [heads, proj, d] projections → one [d, 3·heads·proj] matrix, so that one product gives Q, K and V. The
     * attention scale 1/√proj and log2 e are folded into Q's columns: e^(q·k/√p) = 2^(q·k·log2 e/√p), so the softmax
     * runs in base 2 ({@link Affine#softmaxColumns}); the same function, other float rounding (≈ 1e-7).
     */
    private float[] fused(float[] q, float[] k, float[] v) {
        int hp = heads * proj;
        float[] out = new float[d * 3 * hp];
        float[][] parts = {q, k, v};
        for (int part = 0; part < 3; part++) {
            float factor = part == 0 ? scale : 1f;
            for (int col = 0; col < hp; col++) {
                for (int c = 0; c < d; c++) {
                    out[c * 3 * hp + part * hp + col] = parts[part][col * d + c] * factor;
                }
            }
        }
        return out;
    }

    /**
     * x[nx×d] = MAB(x, y[ny×d]) in place (an ISAB's two blocks: y is not x; self-attention over stacked sets is
     * {@link #applyStacked}); y is read before x is written. Uses the scratch's attention and feed-forward buffers,
     * not {@code s.h} or {@code s.ind}.
     */
    void apply(FastSetEncoder.Scratch s, float[] x, int nx, float[] y, int ny) {
        if (attention) {
            project(s, x, nx, y, ny);
            attend(s, nx, ny);
        }
        rowWise(s, x, nx);
    }

    /**
     * The row-wise tail of a block over {@code rows} rows of x: with attention, the output product and the first
     * residual LayerNorm (reading {@code s.att}); then the feed-forward products, ReLU and the second residual LayerNorm.
     */
    private void rowWise(FastSetEncoder.Scratch s, float[] x, int rows) {
        if (attention) {
            affine.apply(s.att, rows, d, wo, d, null, s.tmp);
            affine.addLayerNorm(x, s.tmp, rows, d, ln1g, ln1b, FastSetEncoder.LN_EPSILON);
        }
        affine.applyRelu(x, rows, d, ff1W, ff, ff1b, s.hidden);
        affine.apply(s.hidden, rows, ff, ff2W, d, ff2b, s.tmp);
        affine.addLayerNorm(x, s.tmp, rows, d, ln2g, ln2b, FastSetEncoder.LN_EPSILON);
    }

    /**
     * Scaled dot-product attention of every row of x over all rows of y, per head, from Q, K and V of all heads
     * ([rows, 3d], {@link #project}: one product; two when x is not y): Q is transposed once into [d, nx padded to 16], then
     * per head the scores are formed keys × queries, Sᵀ = K_h · Q_hᵀ, all heads side by side ({@link
     * Affine#scoreWidth}), so that one softmax over the keys runs down the columns of every head lane-wise (left
     * unnormalised), and O_h = S · V_h, each row scaled by its query's 1/sum, is written straight into the head's columns of the attention output. Each
     * head's operands are read in place through strides.
     */
    private void project(FastSetEncoder.Scratch s, float[] x, int nx, float[] y, int ny) {
        int ld = 3 * d;
        if (x == y) {
            affine.gemm(x, 0, d, nx, d, wqkv, 0, ld, ld, null, s.qkv, 0, ld);
        } else {
            affine.gemm(x, 0, d, nx, d, wqkv, 0, ld, d, null, s.qkv, 0, ld);
            affine.gemm(y, 0, d, ny, d, wqkv, d, ld, 2 * d, null, s.qkv, d, ld);
        }
    }

    /**
     * The Q/K/V projection of this (self-attention) block folded through the linear layer before it: for h = x·W + b,
     * h·Wqkv = x·(W·Wqkv) + b·Wqkv. Returns {W·Wqkv [k×3d], b·Wqkv [3d]} (accumulated in double). When the layer
     * before is narrower than d (the input projection: 32 → 64 in the benchmark model), the fused product from x
     * costs k/d of the product from h.
     */
    float[][] foldedProjection(float[] w, float[] b, int k) {
        int ld = 3 * d;
        float[] fw = new float[k * ld];
        float[] fb = new float[ld];
        for (int col = 0; col < ld; col++) {
            for (int r = 0; r < k; r++) {
                double acc = 0;
                for (int c = 0; c < d; c++) {
                    acc += (double) w[r * d + c] * wqkv[c * ld + col];
                }
                fw[r * ld + col] = (float) acc;
            }
            double acc = 0;
            for (int c = 0; c < d; c++) {
                acc += (double) b[c] * wqkv[c * ld + col];
            }
            fb[col] = (float) acc;
        }
        return new float[][] {fw, fb};
    }

    /**
     * Self-attention blocks over several sets whose rows are stacked in x (set i: rows starts[i] to starts[i + 1]):
     * every row-wise step (the Q/K/V, output and feed-forward products, LayerNorm, ReLU) runs once over all rows, so
     * each weight matrix is read once per batch; attention runs per set. Each output row is computed by the same
     * operations in the same order as when its set runs alone (the kernels' rows are independent: one fused
     * multiply-add chain per output, LayerNorm row by row), so the results are the same bits.
     */
    void applyStacked(FastSetEncoder.Scratch s, float[] x, int rows, int[] starts, int sets, boolean projected) {
        if (attention) {
            if (!projected) {
                project(s, x, rows, x, rows);
            }
            for (int i = 0; i < sets; i++) {
                int n = starts[i + 1] - starts[i];
                attend(s, starts[i], n, starts[i], n);
            }
        }
        rowWise(s, x, rows);
    }

    private void attend(FastSetEncoder.Scratch s, int nx, int ny) {
        attend(s, 0, nx, 0, ny);
    }

    /**
     * Attention of the nx query rows of the Q/K/V scratch from row q0 over its ny key/value rows from row k0, written
     * to the attention output's rows from q0.
     */
    private void attend(FastSetEncoder.Scratch s, int q0, int nx, int k0, int ny) {
        int ld = 3 * d;
        int pad = Affine.padded(nx);
        float[] qt = s.queriesT;
        affine.transpose(s.qkv, q0 * ld, ld, nx, d, qt, pad);
        int k = k0 * ld;
        int width = Affine.scoreWidth(heads, nx);
        // heads in increasing order: each product's padding columns are overwritten by the next head's
        for (int h = 0; h < heads; h++) {
            int off = h * proj;
            affine.gemm(s.qkv, k + d + off, ld, ny, proj, qt, off * pad, pad, pad, null, s.scores, h * nx, width);
        }
        // only the columns some query reads (200 of the 224-wide rows for n = 50 and 4 heads, padded to 208)
        affine.softmaxColumns(s.scores, ny, Affine.padded(heads * nx), width, s.inverseSums);
        for (int h = 0; h < heads; h++) {
            int off = h * proj;
            affine.gemmTransposedA(s.scores, width, h * nx, nx, ny, s.qkv, k + 2 * d + off, ld, proj, s.inverseSums,
                    s.att, q0 * d + off, d);
        }
    }
}
