package org.mostra4j.adapters.ml.encoder.infer;

/** The plain-Java kernel (auto-vectorised at best): used when the Vector API module is absent. */
final class ScalarAffine implements Affine {
    @Override
    public void apply(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        Dense.affine(a, m, k, w, n, bias, out);
    }

    @Override
    public void softmaxRows(float[] x, int rows, int n) {
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, x[o + j]);
            }
            float sum = 0f;
            for (int j = 0; j < n; j++) {
                float e = (float) Math.exp(x[o + j] - max);
                x[o + j] = e;
                sum += e;
            }
            float inv = 1f / sum;
            for (int j = 0; j < n; j++) {
                x[o + j] *= inv;
            }
        }
    }

    @Override
    public void addLayerNorm(float[] h, float[] r, int m, int d, float[] gain, float[] bias, float epsilon) {
        Dense.addLayerNorm(h, r, m, d, gain, bias, epsilon);
    }

    @Override
    public void relu(float[] x, int len) {
        Dense.relu(x, len);
    }
}
