package org.mostra4j.adapters.ml.encoder.infer;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked kernel on the JDK Vector API: 4 rows × 2 vectors of accumulators stay in registers
 * over the whole k loop, so each weight vector loaded feeds 4 fused multiply-adds and the output is
 * written once (the scalar kernel re-reads and re-writes the output row for every k). Columns beyond
 * the last full vector and rows beyond the last group of 4 fall back to scalar loops.
 */
final class VectorAffine implements Affine {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void apply(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        int full = n - n % L;
        int i = 0;
        for (; i + 3 < m; i += 4) {
            int j = 0;
            for (; j + 2 * L <= full; j += 2 * L) {
                block4x2(a, i, k, w, n, j, bias, out);
            }
            for (; j < full; j += L) {
                block4x1(a, i, k, w, n, j, bias, out);
            }
            for (int r = i; r < i + 4; r++) {
                scalarColumns(a, r, k, w, n, full, bias, out);
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < full; j += L) {
                block1x1(a, i, k, w, n, j, bias, out);
            }
            scalarColumns(a, i, k, w, n, full, bias, out);
        }
    }

    private static FloatVector init(float[] bias, int j) {
        return bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
    }

    private static void block4x2(float[] a, int i, int k, float[] w, int n, int j, float[] bias, float[] out) {
        FloatVector b0 = init(bias, j);
        FloatVector b1 = init(bias, j + L);
        FloatVector c00 = b0;
        FloatVector c01 = b1;
        FloatVector c10 = b0;
        FloatVector c11 = b1;
        FloatVector c20 = b0;
        FloatVector c21 = b1;
        FloatVector c30 = b0;
        FloatVector c31 = b1;
        int a0 = i * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        for (int kk = 0; kk < k; kk++) {
            int wr = kk * n + j;
            FloatVector w0 = FloatVector.fromArray(S, w, wr);
            FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
            FloatVector x0 = FloatVector.broadcast(S, a[a0 + kk]);
            FloatVector x1 = FloatVector.broadcast(S, a[a1 + kk]);
            FloatVector x2 = FloatVector.broadcast(S, a[a2 + kk]);
            FloatVector x3 = FloatVector.broadcast(S, a[a3 + kk]);
            c00 = x0.fma(w0, c00);
            c01 = x0.fma(w1, c01);
            c10 = x1.fma(w0, c10);
            c11 = x1.fma(w1, c11);
            c20 = x2.fma(w0, c20);
            c21 = x2.fma(w1, c21);
            c30 = x3.fma(w0, c30);
            c31 = x3.fma(w1, c31);
        }
        int o = i * n + j;
        c00.intoArray(out, o);
        c01.intoArray(out, o + L);
        c10.intoArray(out, o + n);
        c11.intoArray(out, o + n + L);
        c20.intoArray(out, o + 2 * n);
        c21.intoArray(out, o + 2 * n + L);
        c30.intoArray(out, o + 3 * n);
        c31.intoArray(out, o + 3 * n + L);
    }

    private static void block4x1(float[] a, int i, int k, float[] w, int n, int j, float[] bias, float[] out) {
        FloatVector c0 = init(bias, j);
        FloatVector c1 = c0;
        FloatVector c2 = c0;
        FloatVector c3 = c0;
        int a0 = i * k;
        for (int kk = 0; kk < k; kk++) {
            FloatVector wv = FloatVector.fromArray(S, w, kk * n + j);
            c0 = FloatVector.broadcast(S, a[a0 + kk]).fma(wv, c0);
            c1 = FloatVector.broadcast(S, a[a0 + k + kk]).fma(wv, c1);
            c2 = FloatVector.broadcast(S, a[a0 + 2 * k + kk]).fma(wv, c2);
            c3 = FloatVector.broadcast(S, a[a0 + 3 * k + kk]).fma(wv, c3);
        }
        int o = i * n + j;
        c0.intoArray(out, o);
        c1.intoArray(out, o + n);
        c2.intoArray(out, o + 2 * n);
        c3.intoArray(out, o + 3 * n);
    }

    private static void block1x1(float[] a, int i, int k, float[] w, int n, int j, float[] bias, float[] out) {
        FloatVector c = init(bias, j);
        int ai = i * k;
        for (int kk = 0; kk < k; kk++) {
            c = FloatVector.broadcast(S, a[ai + kk]).fma(FloatVector.fromArray(S, w, kk * n + j), c);
        }
        c.intoArray(out, i * n + j);
    }

    private static void scalarColumns(float[] a, int i, int k, float[] w, int n, int from, float[] bias, float[] out) {
        int ai = i * k;
        for (int j = from; j < n; j++) {
            float c = bias == null ? 0f : bias[j];
            for (int kk = 0; kk < k; kk++) {
                c += a[ai + kk] * w[kk * n + j];
            }
            out[i * n + j] = c;
        }
    }
}
