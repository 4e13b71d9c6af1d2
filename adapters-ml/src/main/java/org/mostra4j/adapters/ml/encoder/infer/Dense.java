package org.mostra4j.adapters.ml.encoder.infer;

/**
 * Float kernels of the forward pass over row-major matrices. Inner loops run over contiguous output
 * columns (axpy form) so the JIT vectorises them.
 */
final class Dense {
    private Dense() {
    }

    /**
     * out[m×n] = a[m×k] · w[k×n] + bias[n]  (bias may be null), each matrix at an offset with a row stride. Four
     * rows at a time, so each weight row loaded is used for four outputs (the loop is bound by loads and stores,
     * not by multiplies).
     */
    static void affine(float[] a, int aOff, int lda, int m, int k, float[] w, int wOff, int ldw, int n, float[] bias,
            float[] out, int oOff, int ldo) {
        for (int i = 0; i < m; i++) {
            if (bias != null) {
                System.arraycopy(bias, 0, out, oOff + i * ldo, n);
            } else {
                java.util.Arrays.fill(out, oOff + i * ldo, oOff + i * ldo + n, 0f);
            }
        }
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int o0 = oOff + i * ldo;
            int o1 = o0 + ldo;
            int o2 = o1 + ldo;
            int o3 = o2 + ldo;
            int a0 = aOff + i * lda;
            int a1 = a0 + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            for (int kk = 0; kk < k; kk++) {
                float x0 = a[a0 + kk];
                float x1 = a[a1 + kk];
                float x2 = a[a2 + kk];
                float x3 = a[a3 + kk];
                int wr = wOff + kk * ldw;
                for (int j = 0; j < n; j++) {
                    float wv = w[wr + j];
                    out[o0 + j] += x0 * wv;
                    out[o1 + j] += x1 * wv;
                    out[o2 + j] += x2 * wv;
                    out[o3 + j] += x3 * wv;
                }
            }
        }
        for (; i < m; i++) {
            int o = oOff + i * ldo;
            int ai = aOff + i * lda;
            for (int kk = 0; kk < k; kk++) {
                float x = a[ai + kk];
                int wr = wOff + kk * ldw;
                for (int j = 0; j < n; j++) {
                    out[o + j] += x * w[wr + j];
                }
            }
        }
    }

    static void relu(float[] x, int len) {
        for (int i = 0; i < len; i++) {
            if (x[i] < 0f) {
                x[i] = 0f;
            }
        }
    }

    /** h[i] = LayerNorm(h[i] + r[i]) row by row over width d. */
    static void addLayerNorm(float[] h, float[] r, int m, int d, float[] gain, float[] bias, float epsilon) {
        for (int i = 0; i < m; i++) {
            int o = i * d;
            float mean = 0f;
            for (int j = 0; j < d; j++) {
                float v = h[o + j] + r[o + j];
                h[o + j] = v;
                mean += v;
            }
            mean /= d;
            float var = 0f;
            for (int j = 0; j < d; j++) {
                float c = h[o + j] - mean;
                var += c * c;
            }
            var /= d;
            float inv = (float) (1.0 / Math.sqrt(var + epsilon));
            for (int j = 0; j < d; j++) {
                h[o + j] = (h[o + j] - mean) * inv * gain[j] + bias[j];
            }
        }
    }
}
