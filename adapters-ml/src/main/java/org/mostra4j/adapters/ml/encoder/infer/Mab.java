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

    Mab(EncoderWeights w, String prefix, Architecture a, boolean attention, Affine affine) {
        this.affine = affine;
        this.attention = attention;
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

    /**
     * x[nx×d] = MAB(x, y[ny×d]) in place; {@code y} may be {@code x} (self-attention), it is read before x
     * is written. Uses the scratch's attention and feed-forward buffers, not {@code s.h} or {@code s.ind}.
     */
    void apply(FastSetEncoder.Scratch s, float[] x, int nx, float[] y, int ny) {
        if (attention) {
            attend(s, x, nx, y, ny);
            affine.apply(s.att, nx, d, wo, d, null, s.tmp);
            affine.addLayerNorm(x, s.tmp, nx, d, ln1g, ln1b, FastSetEncoder.LN_EPSILON);
        }
        affine.apply(x, nx, d, ff1W, ff, ff1b, s.hidden);
        affine.relu(s.hidden, nx * ff);
        affine.apply(s.hidden, nx, ff, ff2W, d, ff2b, s.tmp);
        affine.addLayerNorm(x, s.tmp, nx, d, ln2g, ln2b, FastSetEncoder.LN_EPSILON);
    }

    /**
     * Scaled dot-product attention of every row of x over all rows of y, per head, as two products per
     * head through the kernel: S = (Q_h/√p) · K_hᵀ, row softmax, O_h = S · V_h. Each head's Q, Kᵀ and V
     * are first copied into contiguous scratch.
     */
    private void attend(FastSetEncoder.Scratch s, float[] x, int nx, float[] y, int ny) {
        affine.apply(x, nx, d, wq, d, null, s.q);
        affine.apply(y, ny, d, wk, d, null, s.k);
        affine.apply(y, ny, d, wv, d, null, s.v);
        for (int h = 0; h < heads; h++) {
            int off = h * proj;
            for (int i = 0; i < nx; i++) {
                int src = i * d + off;
                int dst = i * proj;
                for (int p = 0; p < proj; p++) {
                    s.qh[dst + p] = s.q[src + p] * scale;
                }
            }
            for (int j = 0; j < ny; j++) {
                int src = j * d + off;
                int dst = j * proj;
                for (int p = 0; p < proj; p++) {
                    s.keysT[p * ny + j] = s.k[src + p];
                    s.vh[dst + p] = s.v[src + p];
                }
            }
            affine.apply(s.qh, nx, proj, s.keysT, ny, null, s.scores);
            affine.softmaxRows(s.scores, nx, ny);
            affine.apply(s.scores, nx, ny, s.vh, proj, null, s.oh);
            for (int i = 0; i < nx; i++) {
                System.arraycopy(s.oh, i * proj, s.att, i * d + off, proj);
            }
        }
    }
}
