package org.mostra4j.adapters.ml.encoder.infer;

/**
 * Float kernels of the forward pass over row-major matrices. Inner loops run over contiguous output
 * columns (axpy form) so the JIT vectorises them.
 */
final class Dense {
    private Dense() {
    }

    /** out[m×n] = a[m×k] · w[k×n] + bias[n]  (bias may be null). */
    static void affine(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        for (int i = 0; i < m; i++) {
            int o = i * n;
            if (bias != null) {
                System.arraycopy(bias, 0, out, o, n);
            } else {
                java.util.Arrays.fill(out, o, o + n, 0f);
            }
            int ai = i * k;
            int kk = 0;
            for (; kk + 3 < k; kk += 4) {
                float a0 = a[ai + kk];
                float a1 = a[ai + kk + 1];
                float a2 = a[ai + kk + 2];
                float a3 = a[ai + kk + 3];
                int w0 = kk * n;
                int w1 = w0 + n;
                int w2 = w1 + n;
                int w3 = w2 + n;
                for (int j = 0; j < n; j++) {
                    out[o + j] += a0 * w[w0 + j] + a1 * w[w1 + j] + a2 * w[w2 + j] + a3 * w[w3 + j];
                }
            }
            for (; kk < k; kk++) {
                float av = a[ai + kk];
                int wr = kk * n;
                for (int j = 0; j < n; j++) {
                    out[o + j] += av * w[wr + j];
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
