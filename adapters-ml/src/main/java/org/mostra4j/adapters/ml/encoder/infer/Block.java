package org.mostra4j.adapters.ml.encoder.infer;

import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * One block of the plain-Java path: a SAB, MAB(X, X); or, with m inducing points, an ISAB:
 * H = MAB(I, X) (the m learned points attend over the n candidates), then MAB(X, H).
 */
final class Block {
    private final Mab self;
    private final Mab inducer;
    private final float[] inducing;
    private final int m;
    private final int d;

    Block(EncoderWeights w, String prefix, Architecture a, Affine affine) {
        this.self = new Mab(w, prefix, a, a.attention(), affine);
        this.m = a.inducingPoints();
        this.d = a.dModel();
        this.inducer = m > 0 ? new Mab(w, prefix + "ind_", a, true, affine) : null;
        this.inducing = m > 0 ? w.get(prefix + "I") : null;
    }

    /**
     * For a SAB with attention, its Q/K/V projection folded through the linear layer (w [k×d], b [d]) that feeds it;
     * null for an ISAB or a block without attention.
     */
    float[][] foldedProjection(float[] w, float[] b, int k, boolean attention) {
        return inducer == null && attention ? self.foldedProjection(w, b, k) : null;
    }

    /** Whether several sets may be stacked into one pass (a SAB or an attention-free block, not an ISAB). */
    boolean stacks() {
        return inducer == null;
    }

    /**
     * The block over the {@code sets} sets stacked in {@code s.h} (set i: rows starts[i] to starts[i + 1]); an ISAB
     * takes one set per pass (see {@link #stacks()}). With {@code projected}, a SAB whose Q, K and V are already in
     * the scratch ({@link #foldedProjection}).
     */
    void apply(FastSetEncoder.Scratch s, int rows, int[] starts, int sets, boolean projected) {
        if (inducer == null) {
            self.applyStacked(s, s.h, rows, starts, sets, projected);
            return;
        }
        System.arraycopy(inducing, 0, s.ind, 0, m * d);
        inducer.apply(s, s.ind, m, s.h, rows);
        self.apply(s, s.h, rows, s.ind, m);
    }
}
