package org.mostra4j.adapters.ml.encoder.infer;

/** The plain-Java kernel (auto-vectorised at best): used when the Vector API module is absent. */
final class ScalarAffine implements Affine {
    @Override
    public void gemm(float[] a, int aOff, int lda, int m, int k, float[] w, int wOff, int ldw, int n, float[] bias,
            float[] out, int oOff, int ldo) {
        Dense.affine(a, aOff, lda, m, k, w, wOff, ldw, n, bias, out, oOff, ldo);
    }

    @Override
    public void gemmTransposedA(float[] aT, int ldaT, int c0, int m, int k, float[] w, int wOff, int ldw, int n,
            float[] rowScale, float[] out, int oOff, int ldo) {
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(out, oOff + i * ldo, oOff + i * ldo + n, 0f);
        }
        for (int kk = 0; kk < k; kk++) {
            int wr = wOff + kk * ldw;
            for (int i = 0; i < m; i++) {
                float x = aT[kk * ldaT + c0 + i];
                int o = oOff + i * ldo;
                for (int j = 0; j < n; j++) {
                    out[o + j] += x * w[wr + j];
                }
            }
        }
        if (rowScale != null) {
            for (int i = 0; i < m; i++) {
                int o = oOff + i * ldo;
                for (int j = 0; j < n; j++) {
                    out[o + j] *= rowScale[c0 + i];
                }
            }
        }
    }

    @Override
    public void softmaxColumns(float[] x, int rows, int n, int stride, float[] inverseSums) {
        for (int c = 0; c < n; c++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                max = Math.max(max, x[r * stride + c]);
            }
            float sum = 0f;
            for (int r = 0; r < rows; r++) {
                float e = (float) Math.pow(2.0, x[r * stride + c] - max);
                x[r * stride + c] = e;
                sum += e;
            }
            inverseSums[c] = 1f / sum;
        }
    }

    @Override
    public void softmaxRows(float[] x, int rows, int n, int stride) {
        for (int r = 0; r < rows; r++) {
            int o = r * stride;
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

    @Override
    public void logistic(float[] a, int m, int k, float[] w, float b, float[] out) {
        for (int i = 0; i < m; i++) {
            float z = b;
            int o = i * k;
            for (int j = 0; j < k; j++) {
                z += a[o + j] * w[j];
            }
            out[i] = (float) (1.0 / (1.0 + Math.exp(-z)));
        }
    }
}
