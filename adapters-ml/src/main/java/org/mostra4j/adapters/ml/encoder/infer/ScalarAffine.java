package org.mostra4j.adapters.ml.encoder.infer;

/** The plain-Java kernel (auto-vectorised at best): used when the Vector API module is absent. */
final class ScalarAffine implements Affine {
    @Override
    public void apply(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        Dense.affine(a, m, k, w, n, bias, out);
    }
}
