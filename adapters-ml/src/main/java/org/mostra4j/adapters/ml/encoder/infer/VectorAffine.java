package org.mostra4j.adapters.ml.encoder.infer;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked kernel on the JDK Vector API: 4 rows × 2 vectors of accumulators stay in registers
 * over the whole k loop, so each weight vector loaded feeds 4 fused multiply-adds and the output is
 * written once (the scalar kernel re-reads and re-writes the output row for every k). Columns beyond
 * the last full vector and rows beyond the last group of 4 fall back to scalar loops.
 *
 * <p>Deterministic: every operation used is exactly rounded (add, mul, fma, max, conversions), so a session scores
 * the same bits whether the code runs interpreted or compiled. The two Vector API operations that are not —
 * {@code reduceLanes(ADD)} (lane order unspecified) and {@code lanewise(EXP)} (an intrinsic whose results differ from
 * its Java fallback in the last bit) — made repeated scores of one session differ by up to 1e-7 while the JIT warmed
 * up; lane sums are therefore taken in lane order, and exp is the polynomial {@link #exp} built from exact operations.
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

    // Full vectors plus a scalar tail: masked loads and stores are not intrinsified in JDK 17.

    /** Per-thread room for one vector's lanes (an allocation per sum cost ~25 µs per session). */
    private static final ThreadLocal<float[]> LANES = ThreadLocal.withInitial(() -> new float[L]);

    /**
     * The lanes' sum, added in lane order (reduceLanes(ADD) leaves the order to the implementation), through
     * {@code lanes} (length ≥ the vector's) as scratch.
     */
    static float laneSum(FloatVector v, float[] lanes) {
        v.intoArray(lanes, 0);
        float total = 0f;
        for (int i = 0; i < L; i++) {
            total += lanes[i];
        }
        return total;
    }

    private static final float EXP_HI = 88.3762626647949f;
    private static final float EXP_LO = -87.3365447505531f;
    private static final float LOG2E = 1.44269504088896341f;
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    /** 1.5 · 2^23: adding and subtracting it rounds a float of magnitude below 2^22 to the nearest integer. */
    private static final float ROUNDER = 12_582_912f;
    private static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);

    /**
     * e^x per lane from exactly rounded operations only: x = k·ln 2 + r with k = round(x·log2 e) and |r| ≤ ln2/2
     * (ln 2 split in two parts for an exact k·ln 2), e^r by the degree-6 minimax polynomial of the Cephes library's
     * expf, and 2^k built in the exponent bits. Inputs are clamped to [−87.34, 88.38], where e^x is a normal float;
     * relative error about 2 ulp.
     */
    static FloatVector exp(FloatVector x) {
        FloatVector c = x.min(EXP_HI).max(EXP_LO);
        FloatVector shifted = c.mul(LOG2E).add(ROUNDER);
        FloatVector k = shifted.sub(ROUNDER);
        FloatVector r = k.fma(FloatVector.broadcast(S, -LN2_HI), c).sub(k.mul(LN2_LO));
        FloatVector p = FloatVector.broadcast(S, 1.9875691500e-4f)
                .fma(r, FloatVector.broadcast(S, 1.3981999507e-3f))
                .fma(r, FloatVector.broadcast(S, 8.3334519073e-3f))
                .fma(r, FloatVector.broadcast(S, 4.1665795894e-2f))
                .fma(r, FloatVector.broadcast(S, 1.6666665459e-1f))
                .fma(r, FloatVector.broadcast(S, 5.0000001201e-1f));
        FloatVector er = p.mul(r).fma(r, r).add(1f);
        // the low mantissa bits of ROUNDER + k hold k itself: 2^k without a float-to-int conversion (slow in JDK 17)
        IntVector bits = ((IntVector) shifted.reinterpretAsInts()).sub(ROUNDER_BITS - 127).lanewise(VectorOperators.LSHL, 23);
        return er.mul(bits.reinterpretAsFloats());
    }

    @Override
    public void softmaxRows(float[] x, int rows, int n) {
        int full = n - n % L;
        float[] lanes = LANES.get();
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            float max = Float.NEGATIVE_INFINITY;
            if (full > 0) {
                FloatVector mx = FloatVector.fromArray(S, x, o);
                for (int j = L; j < full; j += L) {
                    mx = mx.max(FloatVector.fromArray(S, x, o + j));
                }
                max = mx.reduceLanes(VectorOperators.MAX);
            }
            for (int j = full; j < n; j++) {
                max = Math.max(max, x[o + j]);
            }
            FloatVector sum = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                FloatVector e = exp(FloatVector.fromArray(S, x, o + j).sub(max));
                e.intoArray(x, o + j);
                sum = sum.add(e);
            }
            float total = laneSum(sum, lanes);
            for (int j = full; j < n; j++) {
                float e = (float) Math.exp(x[o + j] - max);
                x[o + j] = e;
                total += e;
            }
            float inv = 1f / total;
            for (int j = 0; j < full; j += L) {
                FloatVector.fromArray(S, x, o + j).mul(inv).intoArray(x, o + j);
            }
            for (int j = full; j < n; j++) {
                x[o + j] *= inv;
            }
        }
    }

    @Override
    public void addLayerNorm(float[] h, float[] r, int m, int d, float[] gain, float[] bias, float epsilon) {
        int full = d - d % L;
        float[] lanes = LANES.get();
        for (int i = 0; i < m; i++) {
            int o = i * d;
            FloatVector sum = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                FloatVector v = FloatVector.fromArray(S, h, o + j).add(FloatVector.fromArray(S, r, o + j));
                v.intoArray(h, o + j);
                sum = sum.add(v);
            }
            float total = laneSum(sum, lanes);
            for (int j = full; j < d; j++) {
                h[o + j] += r[o + j];
                total += h[o + j];
            }
            float mean = total / d;
            FloatVector sq = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                FloatVector c = FloatVector.fromArray(S, h, o + j).sub(mean);
                sq = c.fma(c, sq);
            }
            float var = laneSum(sq, lanes);
            for (int j = full; j < d; j++) {
                float c = h[o + j] - mean;
                var += c * c;
            }
            float inv = (float) (1.0 / Math.sqrt(var / d + epsilon));
            for (int j = 0; j < full; j += L) {
                FloatVector.fromArray(S, h, o + j).sub(mean).mul(inv)
                        .fma(FloatVector.fromArray(S, gain, j), FloatVector.fromArray(S, bias, j))
                        .intoArray(h, o + j);
            }
            for (int j = full; j < d; j++) {
                h[o + j] = (h[o + j] - mean) * inv * gain[j] + bias[j];
            }
        }
    }

    @Override
    public void relu(float[] x, int len) {
        int full = len - len % L;
        for (int j = 0; j < full; j += L) {
            FloatVector.fromArray(S, x, j).max(0f).intoArray(x, j);
        }
        for (int j = full; j < len; j++) {
            x[j] = Math.max(x[j], 0f);
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
