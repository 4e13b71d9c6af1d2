package org.mostra4j.adapters.ml.encoder.infer;

import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * One SAB block of the plain-Java path. The attention projections, stored [heads, proj, d] as ND4J
 * wants them, are re-laid out once as [d, heads·proj] so that Q = H·Wq runs as a row-major product;
 * heads are concatenated head-major before the output projection, as in ND4J.
 */
final class Block {
    private final boolean attention;
    private final int d;
    private final int heads;
    private final int proj;
    private final int ff;
    private final float scale;
    private final float[] wq;
    private final float[] wk;
    private final float[] wv;
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

    Block(EncoderWeights w, String prefix, Architecture a, Affine affine) {
        this.affine = affine;
        this.attention = a.attention();
        this.d = a.dModel();
        this.heads = a.heads();
        this.proj = a.headWidth();
        this.ff = a.ffHidden();
        this.scale = (float) (1.0 / Math.sqrt(proj));
        this.wq = attention ? columns(w.get(prefix + "Wq")) : null;
        this.wk = attention ? columns(w.get(prefix + "Wk")) : null;
        this.wv = attention ? columns(w.get(prefix + "Wv")) : null;
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

    /** [heads, proj, d] → [d, heads·proj]. */
    private float[] columns(float[] hpd) {
        float[] out = new float[d * heads * proj];
        for (int h = 0; h < heads; h++) {
            for (int p = 0; p < proj; p++) {
                int col = h * proj + p;
                int src = (h * proj + p) * d;
                for (int c = 0; c < d; c++) {
                    out[c * heads * proj + col] = hpd[src + c];
                }
            }
        }
        return out;
    }

    void apply(FastSetEncoder.Scratch s, int n) {
        if (attention) {
            attend(s, n);
            affine.apply(s.att, n, d, wo, d, null, s.tmp);
            affine.addLayerNorm(s.h, s.tmp, n, d, ln1g, ln1b, FastSetEncoder.LN_EPSILON);
        }
        affine.apply(s.h, n, d, ff1W, ff, ff1b, s.hidden);
        affine.relu(s.hidden, n * ff);
        affine.apply(s.hidden, n, ff, ff2W, d, ff2b, s.tmp);
        affine.addLayerNorm(s.h, s.tmp, n, d, ln2g, ln2b, FastSetEncoder.LN_EPSILON);
    }

    /**
     * Scaled dot-product attention of every candidate over all n candidates, per head, as two products
     * per head through the kernel: S = (Q_h/√p) · K_hᵀ, row softmax, O_h = S · V_h. Each head's Q, Kᵀ
     * and V are first copied into contiguous scratch.
     */
    private void attend(FastSetEncoder.Scratch s, int n) {
        affine.apply(s.h, n, d, wq, d, null, s.q);
        affine.apply(s.h, n, d, wk, d, null, s.k);
        affine.apply(s.h, n, d, wv, d, null, s.v);
        for (int h = 0; h < heads; h++) {
            int off = h * proj;
            for (int j = 0; j < n; j++) {
                int src = j * d + off;
                int dst = j * proj;
                for (int p = 0; p < proj; p++) {
                    s.qh[dst + p] = s.q[src + p] * scale;
                    s.keysT[p * n + j] = s.k[src + p];
                    s.vh[dst + p] = s.v[src + p];
                }
            }
            affine.apply(s.qh, n, proj, s.keysT, n, null, s.scores);
            affine.softmaxRows(s.scores, n, n);
            affine.apply(s.scores, n, n, s.vh, proj, null, s.oh);
            for (int i = 0; i < n; i++) {
                System.arraycopy(s.oh, i * proj, s.att, i * d + off, proj);
            }
        }
    }
}
