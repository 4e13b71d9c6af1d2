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
            Dense.addLayerNorm(s.h, s.tmp, n, d, ln1g, ln1b, FastSetEncoder.LN_EPSILON);
        }
        affine.apply(s.h, n, d, ff1W, ff, ff1b, s.hidden);
        Dense.relu(s.hidden, n * ff);
        affine.apply(s.hidden, n, ff, ff2W, d, ff2b, s.tmp);
        Dense.addLayerNorm(s.h, s.tmp, n, d, ln2g, ln2b, FastSetEncoder.LN_EPSILON);
    }

    /**
     * Scaled dot-product attention of every candidate over all n candidates, per head. Keys are
     * transposed per head ([proj][n]) so that a query's scores accumulate as contiguous rows.
     */
    private void attend(FastSetEncoder.Scratch s, int n) {
        affine.apply(s.h, n, d, wq, d, null, s.q);
        affine.apply(s.h, n, d, wk, d, null, s.k);
        affine.apply(s.h, n, d, wv, d, null, s.v);
        float[] q = s.q;
        float[] k = s.k;
        float[] kt = s.keysT;
        float[] v = s.v;
        float[] sc = s.scores;
        float[] att = s.att;
        java.util.Arrays.fill(att, 0, n * d, 0f);
        for (int h = 0; h < heads; h++) {
            int off = h * proj;
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < proj; p++) {
                    kt[p * n + j] = k[j * d + off + p] * scale;
                }
            }
            for (int i = 0; i < n; i++) {
                int qi = i * d + off;
                java.util.Arrays.fill(sc, 0, n, 0f);
                for (int p = 0; p < proj; p++) {
                    float qp = q[qi + p];
                    int row = p * n;
                    for (int j = 0; j < n; j++) {
                        sc[j] += qp * kt[row + j];
                    }
                }
                float max = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    max = Math.max(max, sc[j]);
                }
                float sum = 0f;
                for (int j = 0; j < n; j++) {
                    float ex = (float) Math.exp(sc[j] - max);
                    sc[j] = ex;
                    sum += ex;
                }
                float inv = 1f / sum;
                int ai = i * d + off;
                for (int j = 0; j < n; j++) {
                    float wgt = sc[j] * inv;
                    int vj = j * d + off;
                    for (int p = 0; p < proj; p++) {
                        att[ai + p] += wgt * v[vj + p];
                    }
                }
            }
        }
    }
}
