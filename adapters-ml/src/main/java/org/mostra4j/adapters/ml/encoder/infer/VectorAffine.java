package org.mostra4j.adapters.ml.encoder.infer;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
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
    /**
     * The species' vector class (exact: the implementation classes are final). Outside the product blocks every vector
     * a Vector API call receives (and every store's vector) is a load, a broadcast or cast to it: otherwise C2 resolves
     * the call through the type profile of the JDK's own method, shared by every caller in the JVM, and once other code
     * pollutes that profile the intrinsic fails and the Java fallback runs for the JVM's life (docs/encoder.md, trap 4).
     * Where C2 already knows the exact type the cast costs nothing.
     */
    private static final Class<?> BOX = S.vectorType();
    /** Int lanes of the same shape (2^k's exponent bits in exp and exp2), and their exact vector class. */
    private static final VectorSpecies<Integer> IS = S.vectorShape().withLanes(int.class);
    private static final Class<?> IBOX = IS.vectorType();

    /** With 32 vector registers (AVX-512) a 4 × 4-vector block of accumulators fits; with 16 (AVX2), 4 × 2. */
    private static final boolean WIDE = L >= 16;

    /**
     * Columns in blocks of 4 (or 2) vectors × 4 rows, a last single vector column in blocks of 8 rows (8 independent
     * accumulator chains keep both FMA ports busy), then a scalar tail. When m is not a multiple of the block's rows,
     * the last block is moved back to end at row m (recomputing a few rows with the same operations in the same order,
     * hence the same bits) instead of falling back to slower one-row kernels.
     */
    @Override
    public void gemm(float[] a, int aOff, int lda, int m, int k, float[] w, int wOff, int ldw, int n, float[] bias,
            float[] out, int oOff, int ldo) {
        if (bias == null) {
            bias = zeros(n);
        }
        int full = n - n % L;
        int j = 0;
        if (WIDE) {
            for (; j + 4 * L <= full; j += 4 * L) {
                if (m < 4) {
                    rows1(a, aOff, lda, m, k, w, wOff, ldw, j, 4, bias, out, oOff, ldo);
                    continue;
                }
                if (m >= 6) {
                    rows6(a, aOff, lda, m, k, w, wOff + j, ldw, bias, j, out, oOff + j, ldo);
                    continue;
                }
                for (int i = 0;; i += 4) {
                    int r = Math.min(i, m - 4);
                    block4x4(a, aOff + r * lda, lda, k, w, wOff + j, ldw, bias, j, out, oOff + r * ldo + j, ldo);
                    if (r == m - 4) {
                        break;
                    }
                }
            }
        }
        for (; j + 2 * L <= full; j += 2 * L) {
            if (m < 4) {
                rows1(a, aOff, lda, m, k, w, wOff, ldw, j, 2, bias, out, oOff, ldo);
                continue;
            }
            for (int i = 0;; i += 4) {
                int r = Math.min(i, m - 4);
                block4x2(a, aOff + r * lda, lda, k, w, wOff + j, ldw, bias, j, out, oOff + r * ldo + j, ldo);
                if (r == m - 4) {
                    break;
                }
            }
        }
        for (; j < full; j += L) {
            if (m < 8) {
                rows1(a, aOff, lda, m, k, w, wOff, ldw, j, 1, bias, out, oOff, ldo);
                continue;
            }
            for (int i = 0;; i += 8) {
                int r = Math.min(i, m - 8);
                block8x1(a, aOff + r * lda, lda, k, w, wOff + j, ldw, bias, j, out, oOff + r * ldo + j, ldo);
                if (r == m - 8) {
                    break;
                }
            }
        }
        if (full < n) {
            for (int i = 0; i < m; i++) {
                scalarColumns(a, aOff + i * lda, k, w, wOff, ldw, full, n, bias, out, oOff + i * ldo);
            }
        }
    }

    /** {lds, 0·lds, 1·lds, …, (L−1)·lds}: the gather offsets of {@link #transpose} for the last row stride seen. */
    private volatile int[] gatherRows = new int[1];

    /**
     * L rows at a time by gathers (one vector of a column's L values from L rows; ≈ 1.6× faster than scalar moves
     * here), the last rows and the padding scalar.
     */
    @Override
    public void transpose(float[] src, int srcOff, int lds, int rows, int cols, float[] dst, int ldd) {
        int[] g = gatherRows;
        if (g.length != L + 1 || g[0] != lds) {
            g = new int[L + 1];
            g[0] = lds;
            for (int t = 0; t < L; t++) {
                g[t + 1] = t * lds;
            }
            gatherRows = g;
        }
        int full = rows - rows % L;
        for (int i = 0; i < full; i += L) {
            int o = srcOff + i * lds;
            for (int c = 0; c < cols; c++) {
                ((FloatVector) BOX.cast(FloatVector.fromArray(S, src, o + c, g, 1))).intoArray(dst, c * ldd + i);
            }
        }
        Affine.transposeFrom(full, src, srcOff, lds, rows, cols, dst, ldd);
    }

    /**
     * Rows in blocks of 6 (24 accumulators: each broadcast of an input feeds 4 and each weight vector 6 FMAs, ≈ 10 %
     * faster than 4 × 4 here), with m = 6q + 4 or 6q + 2 ending in one or two 4-row blocks (50 = 7 · 6 + 2 · 4), so
     * that no row is computed twice; for odd m the last 6-row block is moved back to end at row m.
     */
    private static void rows6(float[] a, int aOff, int lda, int m, int k, float[] w, int wj, int ldw, float[] bias,
            int j, float[] out, int o, int ldo) {
        rows6(a, aOff, lda, m, k, w, wj, ldw, bias, j, out, o, ldo, false);
    }

    /** {@link #rows6}, with {@code relu} each output replaced by max(output, 0) on its way out. */
    private static void rows6(float[] a, int aOff, int lda, int m, int k, float[] w, int wj, int ldw, float[] bias,
            int j, float[] out, int o, int ldo, boolean relu) {
        int fours = m % 6 == 4 ? 1 : m % 6 == 2 && m >= 8 ? 2 : 0;
        int sixes = m - 4 * fours;
        boolean exact = sixes % 6 == 0;
        for (int i = 0; i + 6 <= sixes || !exact && i < sixes; i += 6) {
            int r = Math.min(i, sixes - 6);
            if (relu) {
                block6x4Relu(a, aOff + r * lda, lda, k, w, wj, ldw, bias, j, out, o + r * ldo, ldo);
            } else {
                block6x4(a, aOff + r * lda, lda, k, w, wj, ldw, bias, j, out, o + r * ldo, ldo);
            }
        }
        for (int f = 0; f < fours; f++) {
            int r = sixes + 4 * f;
            block4x4(a, aOff + r * lda, lda, k, w, wj, ldw, bias, j, out, o + r * ldo, ldo);
            for (int q = 0; relu && q < 4; q++) {
                reluRange(out, o + (r + q) * ldo, 4 * L);
            }
        }
    }

    /**
     * out[m×n] = max(a[m×k] · w[k×n] + bias, 0) over dense arrays: with 16 lanes, n a multiple of 64 and m ≥ 6, the
     * ReLU is applied to the 6-row blocks' accumulators before their stores ({@link #block6x4Relu}) instead of in a
     * pass of its own over the output; the same products, the same bits.
     */
    @Override
    public void applyRelu(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        if (!WIDE || m < 6 || n % (4 * L) != 0) {
            Affine.super.applyRelu(a, m, k, w, n, bias, out);
            return;
        }
        float[] b = bias == null ? zeros(n) : bias;
        for (int j = 0; j < n; j += 4 * L) {
            rows6(a, 0, k, m, k, w, j, n, b, j, out, j, n, true);
        }
    }

    /** Six rows × four vectors of columns (24 accumulators, 4 weight vectors and a broadcast: 29 of 32 registers). */
    private static void block6x4(float[] a, int ai, int lda, int k, float[] w, int wj, int ldw, float[] bias, int j,
            float[] out, int o, int ldo) {
        FloatVector c00 = init(bias, j);
        FloatVector c01 = init(bias, j + L);
        FloatVector c02 = init(bias, j + 2 * L);
        FloatVector c03 = init(bias, j + 3 * L);
        FloatVector c10 = c00;
        FloatVector c11 = c01;
        FloatVector c12 = c02;
        FloatVector c13 = c03;
        FloatVector c20 = c00;
        FloatVector c21 = c01;
        FloatVector c22 = c02;
        FloatVector c23 = c03;
        FloatVector c30 = c00;
        FloatVector c31 = c01;
        FloatVector c32 = c02;
        FloatVector c33 = c03;
        FloatVector c40 = c00;
        FloatVector c41 = c01;
        FloatVector c42 = c02;
        FloatVector c43 = c03;
        FloatVector c50 = c00;
        FloatVector c51 = c01;
        FloatVector c52 = c02;
        FloatVector c53 = c03;
        for (int kk = 0; kk < k; kk++) {
            int wr = wj + kk * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wr);
            FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
            FloatVector w2 = FloatVector.fromArray(S, w, wr + 2 * L);
            FloatVector w3 = FloatVector.fromArray(S, w, wr + 3 * L);
            int r = ai + kk;
            FloatVector x = FloatVector.broadcast(S, a[r]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
            c03 = x.fma(w3, c03);
            x = FloatVector.broadcast(S, a[r + lda]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            c12 = x.fma(w2, c12);
            c13 = x.fma(w3, c13);
            x = FloatVector.broadcast(S, a[r + 2 * lda]);
            c20 = x.fma(w0, c20);
            c21 = x.fma(w1, c21);
            c22 = x.fma(w2, c22);
            c23 = x.fma(w3, c23);
            x = FloatVector.broadcast(S, a[r + 3 * lda]);
            c30 = x.fma(w0, c30);
            c31 = x.fma(w1, c31);
            c32 = x.fma(w2, c32);
            c33 = x.fma(w3, c33);
            x = FloatVector.broadcast(S, a[r + 4 * lda]);
            c40 = x.fma(w0, c40);
            c41 = x.fma(w1, c41);
            c42 = x.fma(w2, c42);
            c43 = x.fma(w3, c43);
            x = FloatVector.broadcast(S, a[r + 5 * lda]);
            c50 = x.fma(w0, c50);
            c51 = x.fma(w1, c51);
            c52 = x.fma(w2, c52);
            c53 = x.fma(w3, c53);
        }
        // stores written out: six calls of a store helper would risk C2's inlining cutoffs (an uninlined helper boxes)
        ((FloatVector) BOX.cast(c00)).intoArray(out, o);
        ((FloatVector) BOX.cast(c01)).intoArray(out, o + L);
        ((FloatVector) BOX.cast(c02)).intoArray(out, o + 2 * L);
        ((FloatVector) BOX.cast(c03)).intoArray(out, o + 3 * L);
        int p = o + ldo;
        ((FloatVector) BOX.cast(c10)).intoArray(out, p);
        ((FloatVector) BOX.cast(c11)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c12)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c13)).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(c20)).intoArray(out, p);
        ((FloatVector) BOX.cast(c21)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c22)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c23)).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(c30)).intoArray(out, p);
        ((FloatVector) BOX.cast(c31)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c32)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c33)).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(c40)).intoArray(out, p);
        ((FloatVector) BOX.cast(c41)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c42)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c43)).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(c50)).intoArray(out, p);
        ((FloatVector) BOX.cast(c51)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c52)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c53)).intoArray(out, p + 3 * L);
    }

    /**
     * {@link #block6x4} with each output replaced by max(output, 0) before its store: a copy, not a flag, because a
     * choice between two vectors makes C2 (JDK 17) box them (see {@link #scaled}).
     */
    private static void block6x4Relu(float[] a, int ai, int lda, int k, float[] w, int wj, int ldw, float[] bias, int j,
            float[] out, int o, int ldo) {
        FloatVector c00 = init(bias, j);
        FloatVector c01 = init(bias, j + L);
        FloatVector c02 = init(bias, j + 2 * L);
        FloatVector c03 = init(bias, j + 3 * L);
        FloatVector c10 = c00;
        FloatVector c11 = c01;
        FloatVector c12 = c02;
        FloatVector c13 = c03;
        FloatVector c20 = c00;
        FloatVector c21 = c01;
        FloatVector c22 = c02;
        FloatVector c23 = c03;
        FloatVector c30 = c00;
        FloatVector c31 = c01;
        FloatVector c32 = c02;
        FloatVector c33 = c03;
        FloatVector c40 = c00;
        FloatVector c41 = c01;
        FloatVector c42 = c02;
        FloatVector c43 = c03;
        FloatVector c50 = c00;
        FloatVector c51 = c01;
        FloatVector c52 = c02;
        FloatVector c53 = c03;
        for (int kk = 0; kk < k; kk++) {
            int wr = wj + kk * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wr);
            FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
            FloatVector w2 = FloatVector.fromArray(S, w, wr + 2 * L);
            FloatVector w3 = FloatVector.fromArray(S, w, wr + 3 * L);
            int r = ai + kk;
            FloatVector x = FloatVector.broadcast(S, a[r]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
            c03 = x.fma(w3, c03);
            x = FloatVector.broadcast(S, a[r + lda]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            c12 = x.fma(w2, c12);
            c13 = x.fma(w3, c13);
            x = FloatVector.broadcast(S, a[r + 2 * lda]);
            c20 = x.fma(w0, c20);
            c21 = x.fma(w1, c21);
            c22 = x.fma(w2, c22);
            c23 = x.fma(w3, c23);
            x = FloatVector.broadcast(S, a[r + 3 * lda]);
            c30 = x.fma(w0, c30);
            c31 = x.fma(w1, c31);
            c32 = x.fma(w2, c32);
            c33 = x.fma(w3, c33);
            x = FloatVector.broadcast(S, a[r + 4 * lda]);
            c40 = x.fma(w0, c40);
            c41 = x.fma(w1, c41);
            c42 = x.fma(w2, c42);
            c43 = x.fma(w3, c43);
            x = FloatVector.broadcast(S, a[r + 5 * lda]);
            c50 = x.fma(w0, c50);
            c51 = x.fma(w1, c51);
            c52 = x.fma(w2, c52);
            c53 = x.fma(w3, c53);
        }
        FloatVector zero = (FloatVector) BOX.cast(FloatVector.broadcast(S, 0f));
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c00)).max(zero))).intoArray(out, o);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c01)).max(zero))).intoArray(out, o + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c02)).max(zero))).intoArray(out, o + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c03)).max(zero))).intoArray(out, o + 3 * L);
        int p = o + ldo;
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c10)).max(zero))).intoArray(out, p);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c11)).max(zero))).intoArray(out, p + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c12)).max(zero))).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c13)).max(zero))).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c20)).max(zero))).intoArray(out, p);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c21)).max(zero))).intoArray(out, p + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c22)).max(zero))).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c23)).max(zero))).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c30)).max(zero))).intoArray(out, p);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c31)).max(zero))).intoArray(out, p + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c32)).max(zero))).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c33)).max(zero))).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c40)).max(zero))).intoArray(out, p);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c41)).max(zero))).intoArray(out, p + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c42)).max(zero))).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c43)).max(zero))).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c50)).max(zero))).intoArray(out, p);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c51)).max(zero))).intoArray(out, p + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c52)).max(zero))).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(c53)).max(zero))).intoArray(out, p + 3 * L);
    }

    /** Rows one at a time over {@code vectors} column vectors from column j (sets of fewer than a block's rows). */
    private static void rows1(float[] a, int aOff, int lda, int m, int k, float[] w, int wOff, int ldw, int j,
            int vectors, float[] bias, float[] out, int oOff, int ldo) {
        for (int i = 0; i < m; i++) {
            for (int v = 0; v < vectors; v++) {
                int col = j + v * L;
                block1x1(a, aOff + i * lda, k, w, wOff + col, ldw, bias, col, out, oOff + i * ldo + col);
            }
        }
    }

    // Full vectors plus a scalar tail: masked loads and stores are not intrinsified in JDK 17.

    /** Per-thread room for one vector's lanes (an allocation per sum cost ~25 µs per session). */
    private static final ThreadLocal<float[]> LANES = ThreadLocal.withInitial(() -> new float[L]);

    /** Rotations by L/2, L/4, …, 1 lanes: the steps of {@link #laneSum}'s fixed pairwise tree. */
    @SuppressWarnings("unchecked")
    private static final VectorShuffle<Float>[] ROTATIONS = rotations();

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Float>[] rotations() {
        int steps = Integer.numberOfTrailingZeros(L);
        VectorShuffle<Float>[] out = new VectorShuffle[steps];
        for (int s = 0, shift = L / 2; s < steps; s++, shift /= 2) {
            int by = shift;
            out[s] = VectorShuffle.fromOp(S, i -> (i + by) % L);
        }
        return out;
    }

    /**
     * The lanes' sum in a fixed pairwise order (lane i + lane i + L/2, then the same on the halves, …): exact adds and
     * data moves only, so interpreted and compiled code agree (reduceLanes(ADD) leaves the order to the implementation),
     * and a tree of depth log2 L instead of a chain of L dependent adds. {@code lanes} is unused (kept for callers).
     */
    static float laneSum(FloatVector v, float[] lanes) {
        FloatVector t = v;
        for (VectorShuffle<Float> r : ROTATIONS) {
            t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(r));
        }
        return ((FloatVector) BOX.cast(t)).lane(0);
    }

    private static final float EXP_HI = 88.3762626647949f;
    private static final float EXP_LO = -87.3365447505531f;
    private static final float LOG2E = 1.44269504088896341f;
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    /** 1.5 · 2^23: adding and subtracting it rounds a float of magnitude below 2^22 to the nearest integer. */
    private static final float ROUNDER = 12_582_912f;
    private static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
    /** The Cephes expf polynomial p(r), e^r ≈ 1 + r + r²·p(r), highest degree first. */
    private static final float P5 = 1.9875691500e-4f;
    private static final float P4 = 1.3981999507e-3f;
    private static final float P3 = 8.3334519073e-3f;
    private static final float P2 = 4.1665795894e-2f;
    private static final float P1 = 1.6666665459e-1f;
    private static final float P0 = 5.0000001201e-1f;

    /**
     * e^x per lane from exactly rounded operations only: x = k·ln 2 + r with k = round(x·log2 e) and |r| ≤ ln2/2
     * (ln 2 split in two parts, each product folded into one fused multiply-add), e^r = 1 + r + r²·p(r) with the
     * degree-5 minimax polynomial p of the Cephes library's expf, evaluated by Horner's rule as one chain of fused
     * multiply-adds, and 2^k built in the exponent bits. Inputs are clamped to [−87.34, 88.38], where e^x is a normal
     * float; relative error about 2 ulp. 16 vector operations (the softmax's cost is mostly this).
     */
    static FloatVector exp(FloatVector x) {
        FloatVector c = ((FloatVector) BOX.cast(x)).min(((FloatVector) BOX.cast(FloatVector.broadcast(S, EXP_HI)))).max(((FloatVector) BOX.cast(FloatVector.broadcast(S, EXP_LO))));
        FloatVector shifted = ((FloatVector) BOX.cast(c)).fma(((FloatVector) BOX.cast(FloatVector.broadcast(S, LOG2E))), ((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER))));
        FloatVector k = ((FloatVector) BOX.cast(shifted)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER))));
        FloatVector r = ((FloatVector) BOX.cast(k)).fma(((FloatVector) BOX.cast(FloatVector.broadcast(S, -LN2_LO))), ((FloatVector) BOX.cast(k)).fma(((FloatVector) BOX.cast(FloatVector.broadcast(S, -LN2_HI))), c));
        FloatVector er = ((FloatVector) BOX.cast(FloatVector.broadcast(S, P5)))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, P4))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, P3))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, P2))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, P1))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, P0))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, 1f))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, 1f))));
        // the low mantissa bits of ROUNDER + k hold k itself: 2^k without a float-to-int conversion (slow in JDK 17)
        IntVector bits = ((IntVector) IBOX.cast(((IntVector) IBOX.cast(((FloatVector) BOX.cast(shifted)).reinterpretAsInts()))
                .sub(IntVector.broadcast(IS, ROUNDER_BITS - 127)))).lanewise(VectorOperators.LSHL, 23);
        return ((FloatVector) BOX.cast(er)).mul(((IntVector) IBOX.cast(bits)).reinterpretAsFloats());
    }

    /** exp2's lower clamp: 2^−125.5 is still a normal float (subnormal results would take the slow path). */
    private static final float EXP2_LO = -125f;
    /** 2^r ≈ 1 + r·(Q1 + r·(Q2 + … + r·Q6)) on [−1/2, 1/2] (our fit, max relative error 8e-8, under 1 ulp). */
    private static final float Q1 = 0.6931471824645996f;
    private static final float Q2 = 0.24022647738456726f;
    private static final float Q3 = 0.055503323674201965f;
    private static final float Q4 = 0.00961843691766262f;
    private static final float Q5 = 0.0013398875016719103f;
    private static final float Q6 = 0.00015353361959569156f;

    /**
     * 2^x per lane for x ≤ 0 (the attention softmax works in base 2: log2 e is folded into the query weights) from
     * exactly rounded operations only: k = round(x) by adding and subtracting 1.5·2^23, r = x − k exactly, 2^r by a
     * degree-6 polynomial as one chain of fused multiply-adds, 2^k in the exponent bits. 13 vector operations against
     * 16 for {@link #exp}: no range reduction by ln 2.
     */
    static FloatVector exp2(FloatVector x) {
        FloatVector c = ((FloatVector) BOX.cast(x)).max(((FloatVector) BOX.cast(FloatVector.broadcast(S, EXP2_LO))));
        FloatVector shifted = ((FloatVector) BOX.cast(c)).add(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER))));
        FloatVector r = ((FloatVector) BOX.cast(c)).sub(((FloatVector) BOX.cast(shifted)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER)))));
        FloatVector p = ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q6)))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q5))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q4))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q3))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q2))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q1))))
                .fma(r, ((FloatVector) BOX.cast(FloatVector.broadcast(S, 1f))));
        return scaledByPowerOfTwo(p, shifted);
    }

    /**
     * p · 2^k for p in [2^−1/2, 2^1/2] and shifted = 1.5·2^23 + k with −125 ≤ k ≤ 0 (exp2's clamp): k added to p's
     * exponent bits. ROUNDER's bits are 0x4B400000 + k, and its low nine bits are zero, so shifting them left by 23
     * leaves k·2^23 (mod 2^32); the result stays a normal float, so this is exactly the product p · 2^k (the same
     * bits) in two integer operations instead of three and a multiply.
     */
    private static FloatVector scaledByPowerOfTwo(FloatVector p, FloatVector shifted) {
        IntVector k = ((IntVector) IBOX.cast(((FloatVector) BOX.cast(shifted)).reinterpretAsInts())).lanewise(VectorOperators.LSHL, 23);
        return ((IntVector) IBOX.cast(((IntVector) IBOX.cast(((FloatVector) BOX.cast(p)).reinterpretAsInts())).add(((IntVector) IBOX.cast(k))))).reinterpretAsFloats();
    }

    /** 0, 1, …, L−1: compared with the count of valid lanes, it masks a row's last, partial vector. */
    private static final FloatVector IOTA = FloatVector.broadcast(S, 0f).addIndex(1);

    /**
     * When the row stride leaves room for a whole vector past the last full one (the attention scores' padded
     * stride), the partial vector is handled in registers under a lane mask (its lanes past n become 0); otherwise
     * the tail is scalar.
     */
    @Override
    public void softmaxRows(float[] x, int rows, int n, int stride) {
        int full = n - n % L;
        boolean maskedTail = full < n && full + L <= stride;
        VectorMask<Float> valid = maskedTail ? IOTA.lt((float) (n - full)) : null;
        int vectorEnd = maskedTail ? full + L : full;
        float[] lanes = LANES.get();
        for (int r = 0; r < rows; r++) {
            int o = r * stride;
            FloatVector mx = ((FloatVector) BOX.cast(FloatVector.broadcast(S, Float.NEGATIVE_INFINITY)));
            for (int j = 0; j < full; j += L) {
                mx = ((FloatVector) BOX.cast(mx)).max(FloatVector.fromArray(S, x, o + j));
            }
            if (maskedTail) {
                mx = ((FloatVector) BOX.cast(mx)).max(((FloatVector) BOX.cast(FloatVector.broadcast(S, Float.NEGATIVE_INFINITY))).blend(FloatVector.fromArray(S, x,
                        o + full), valid));
            }
            float max = mx.reduceLanes(VectorOperators.MAX);
            int scalarFrom = maskedTail ? n : full;
            for (int j = scalarFrom; j < n; j++) {
                max = Math.max(max, x[o + j]);
            }
            FloatVector sum = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                FloatVector e = exp(FloatVector.fromArray(S, x, o + j).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, max)))));
                ((FloatVector) BOX.cast(e)).intoArray(x, o + j);
                sum = ((FloatVector) BOX.cast(sum)).add(e);
            }
            if (maskedTail) {
                FloatVector e = FloatVector.zero(S).blend(exp(FloatVector.fromArray(S, x, o + full).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, max))))), valid);
                ((FloatVector) BOX.cast(e)).intoArray(x, o + full);
                sum = ((FloatVector) BOX.cast(sum)).add(e);
            }
            float total = laneSum(sum, lanes);
            for (int j = scalarFrom; j < n; j++) {
                float e = (float) Math.exp(x[o + j] - max);
                x[o + j] = e;
                total += e;
            }
            float inv = 1f / total;
            for (int j = 0; j < vectorEnd; j += L) {
                ((FloatVector) BOX.cast(FloatVector.fromArray(S, x, o + j).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, inv)))))).intoArray(x, o + j);
            }
            for (int j = scalarFrom; j < n; j++) {
                x[o + j] *= inv;
            }
        }
    }

    /**
     * Lane-wise over rows: max, 2^x and sum are vertical, so no horizontal reduction is needed. The maxima of four
     * column vectors are taken together (four independent chains); the 2^x pass computes two rows written out side by
     * side (four calls of a shared exp in one loop made C2 give up inlining it: 1.7× slower).
     */
    @Override
    public void softmaxColumns(float[] x, int rows, int n, int stride, float[] inverseSums) {
        int c = 0;
        for (; c + 4 * L <= n; c += 4 * L) {
            columnMax4(x, rows, stride, c, inverseSums);
        }
        for (; c < n; c += L) {
            FloatVector mx = FloatVector.fromArray(S, x, c);
            for (int r = 1; r < rows; r++) {
                mx = ((FloatVector) BOX.cast(mx)).max(FloatVector.fromArray(S, x, r * stride + c));
            }
            ((FloatVector) BOX.cast(mx)).intoArray(inverseSums, c);
        }
        for (c = 0; c < n; c += L) {
            FloatVector mx = FloatVector.fromArray(S, inverseSums, c);
            FloatVector sum = FloatVector.zero(S);
            FloatVector sum2 = sum;
            int r = 0;
            for (; r + 1 < rows; r += 2) {
                int o = r * stride + c;
                // exp2 of two rows written out side by side (two independent chains; see exp2 for the steps)
                FloatVector c0 = FloatVector.fromArray(S, x, o).sub(mx).max(((FloatVector) BOX.cast(FloatVector.broadcast(S, EXP2_LO))));
                FloatVector c1 = FloatVector.fromArray(S, x, o + stride).sub(mx).max(((FloatVector) BOX.cast(FloatVector.broadcast(S, EXP2_LO))));
                FloatVector sh0 = ((FloatVector) BOX.cast(c0)).add(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER))));
                FloatVector sh1 = ((FloatVector) BOX.cast(c1)).add(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER))));
                FloatVector r0 = ((FloatVector) BOX.cast(c0)).sub(((FloatVector) BOX.cast(sh0)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER)))));
                FloatVector r1 = ((FloatVector) BOX.cast(c1)).sub(((FloatVector) BOX.cast(sh1)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, ROUNDER)))));
                FloatVector p0 = ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q6))).fma(r0, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q5))));
                FloatVector p1 = ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q6))).fma(r1, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q5))));
                p0 = ((FloatVector) BOX.cast(p0)).fma(r0, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q4))));
                p1 = ((FloatVector) BOX.cast(p1)).fma(r1, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q4))));
                p0 = ((FloatVector) BOX.cast(p0)).fma(r0, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q3))));
                p1 = ((FloatVector) BOX.cast(p1)).fma(r1, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q3))));
                p0 = ((FloatVector) BOX.cast(p0)).fma(r0, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q2))));
                p1 = ((FloatVector) BOX.cast(p1)).fma(r1, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q2))));
                p0 = ((FloatVector) BOX.cast(p0)).fma(r0, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q1))));
                p1 = ((FloatVector) BOX.cast(p1)).fma(r1, ((FloatVector) BOX.cast(FloatVector.broadcast(S, Q1))));
                p0 = ((FloatVector) BOX.cast(p0)).fma(r0, ((FloatVector) BOX.cast(FloatVector.broadcast(S, 1f))));
                p1 = ((FloatVector) BOX.cast(p1)).fma(r1, ((FloatVector) BOX.cast(FloatVector.broadcast(S, 1f))));
                // 2^k into the exponent bits (as scaledByPowerOfTwo, written out)
                IntVector k0 = ((IntVector) IBOX.cast(((FloatVector) BOX.cast(sh0)).reinterpretAsInts())).lanewise(VectorOperators.LSHL, 23);
                IntVector k1 = ((IntVector) IBOX.cast(((FloatVector) BOX.cast(sh1)).reinterpretAsInts())).lanewise(VectorOperators.LSHL, 23);
                FloatVector e0 = ((IntVector) IBOX.cast(((IntVector) IBOX.cast(((FloatVector) BOX.cast(p0)).reinterpretAsInts())).add(((IntVector) IBOX.cast(k0))))).reinterpretAsFloats();
                FloatVector e1 = ((IntVector) IBOX.cast(((IntVector) IBOX.cast(((FloatVector) BOX.cast(p1)).reinterpretAsInts())).add(((IntVector) IBOX.cast(k1))))).reinterpretAsFloats();
                ((FloatVector) BOX.cast(e0)).intoArray(x, o);
                ((FloatVector) BOX.cast(e1)).intoArray(x, o + stride);
                sum = ((FloatVector) BOX.cast(sum)).add(e0);
                sum2 = ((FloatVector) BOX.cast(sum2)).add(e1);
            }
            for (; r < rows; r++) {
                FloatVector e = exp2(FloatVector.fromArray(S, x, r * stride + c).sub(mx));
                ((FloatVector) BOX.cast(e)).intoArray(x, r * stride + c);
                sum = ((FloatVector) BOX.cast(sum)).add(e);
            }
            ((FloatVector) BOX.cast(((FloatVector) BOX.cast(FloatVector.broadcast(S, 1f))).div(((FloatVector) BOX.cast(sum)).add(sum2)))).intoArray(inverseSums, c);
        }
    }

    /** The maxima down four column vectors from column c, written to {@code max}. */
    private static void columnMax4(float[] x, int rows, int stride, int c, float[] max) {
        FloatVector m0 = FloatVector.fromArray(S, x, c);
        FloatVector m1 = FloatVector.fromArray(S, x, c + L);
        FloatVector m2 = FloatVector.fromArray(S, x, c + 2 * L);
        FloatVector m3 = FloatVector.fromArray(S, x, c + 3 * L);
        for (int r = 1; r < rows; r++) {
            int o = r * stride + c;
            m0 = ((FloatVector) BOX.cast(m0)).max(FloatVector.fromArray(S, x, o));
            m1 = ((FloatVector) BOX.cast(m1)).max(FloatVector.fromArray(S, x, o + L));
            m2 = ((FloatVector) BOX.cast(m2)).max(FloatVector.fromArray(S, x, o + 2 * L));
            m3 = ((FloatVector) BOX.cast(m3)).max(FloatVector.fromArray(S, x, o + 3 * L));
        }
        ((FloatVector) BOX.cast(m0)).intoArray(max, c);
        ((FloatVector) BOX.cast(m1)).intoArray(max, c + L);
        ((FloatVector) BOX.cast(m2)).intoArray(max, c + 2 * L);
        ((FloatVector) BOX.cast(m3)).intoArray(max, c + 3 * L);
    }

    /**
     * Rows in blocks of 10 (8 for m &lt; 10: independent accumulator chains) × one vector of columns, the last block
     * moved back to end at row m as in {@link #gemm} (50 = 5 · 10: no row computed twice, where blocks of 8 computed
     * 56); fewer than 8 rows or a column tail go one element chain at a time.
     */
    @Override
    public void gemmTransposedA(float[] aT, int ldaT, int c0, int m, int k, float[] w, int wOff, int ldw, int n,
            float[] rowScale, float[] out, int oOff, int ldo) {
        int full = n - n % L;
        for (int j = 0; j < full; j += L) {
            if (m < 8) {
                for (int i = 0; i < m; i++) {
                    FloatVector c = FloatVector.zero(S);
                    for (int kk = 0; kk < k; kk++) {
                        c = FloatVector.broadcast(S, aT[kk * ldaT + c0 + i]).fma(FloatVector.fromArray(S, w,
                                wOff + kk * ldw + j), c);
                    }
                    ((FloatVector) BOX.cast(scaled(c, rowScale, c0 + i))).intoArray(out, oOff + i * ldo + j);
                }
                continue;
            }
            if (m < 10) {
                for (int i = 0;; i += 8) {
                    int r = Math.min(i, m - 8);
                    block8x1T(aT, ldaT, c0 + r, k, w, wOff + j, ldw, rowScale, out, oOff + r * ldo + j, ldo);
                    if (r == m - 8) {
                        break;
                    }
                }
                continue;
            }
            for (int i = 0;; i += 10) {
                int r = Math.min(i, m - 10);
                block10x1T(aT, ldaT, c0 + r, k, w, wOff + j, ldw, rowScale, out, oOff + r * ldo + j, ldo);
                if (r == m - 10) {
                    break;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = full; j < n; j++) {
                float c = 0f;
                for (int kk = 0; kk < k; kk++) {
                    c = Math.fma(aT[kk * ldaT + c0 + i], w[wOff + kk * ldw + j], c);
                }
                out[oOff + i * ldo + j] = c * rowScale[c0 + i];
            }
        }
    }

    /**
     * Always a multiply: a choice between two vectors (c or c·s) would merge them in C2 (JDK 17), which then boxes
     * the vectors — a fused ReLU written that way made the whole pass ten times slower.
     */
    private static FloatVector scaled(FloatVector c, float[] rowScale, int i) {
        return ((FloatVector) BOX.cast(c)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, rowScale[i]))));
    }

    private static void block10x1T(float[] aT, int ldaT, int i, int k, float[] w, int wj, int ldw, float[] rowScale,
            float[] out, int o, int ldo) {
        FloatVector c0 = FloatVector.zero(S);
        FloatVector c1 = c0;
        FloatVector c2 = c0;
        FloatVector c3 = c0;
        FloatVector c4 = c0;
        FloatVector c5 = c0;
        FloatVector c6 = c0;
        FloatVector c7 = c0;
        FloatVector c8 = c0;
        FloatVector c9 = c0;
        for (int kk = 0; kk < k; kk++) {
            FloatVector wv = FloatVector.fromArray(S, w, wj + kk * ldw);
            int r = kk * ldaT + i;
            c0 = FloatVector.broadcast(S, aT[r]).fma(wv, c0);
            c1 = FloatVector.broadcast(S, aT[r + 1]).fma(wv, c1);
            c2 = FloatVector.broadcast(S, aT[r + 2]).fma(wv, c2);
            c3 = FloatVector.broadcast(S, aT[r + 3]).fma(wv, c3);
            c4 = FloatVector.broadcast(S, aT[r + 4]).fma(wv, c4);
            c5 = FloatVector.broadcast(S, aT[r + 5]).fma(wv, c5);
            c6 = FloatVector.broadcast(S, aT[r + 6]).fma(wv, c6);
            c7 = FloatVector.broadcast(S, aT[r + 7]).fma(wv, c7);
            c8 = FloatVector.broadcast(S, aT[r + 8]).fma(wv, c8);
            c9 = FloatVector.broadcast(S, aT[r + 9]).fma(wv, c9);
        }
        ((FloatVector) BOX.cast(scaled(c0, rowScale, i))).intoArray(out, o);
        ((FloatVector) BOX.cast(scaled(c1, rowScale, i + 1))).intoArray(out, o + ldo);
        ((FloatVector) BOX.cast(scaled(c2, rowScale, i + 2))).intoArray(out, o + 2 * ldo);
        ((FloatVector) BOX.cast(scaled(c3, rowScale, i + 3))).intoArray(out, o + 3 * ldo);
        ((FloatVector) BOX.cast(scaled(c4, rowScale, i + 4))).intoArray(out, o + 4 * ldo);
        ((FloatVector) BOX.cast(scaled(c5, rowScale, i + 5))).intoArray(out, o + 5 * ldo);
        ((FloatVector) BOX.cast(scaled(c6, rowScale, i + 6))).intoArray(out, o + 6 * ldo);
        ((FloatVector) BOX.cast(scaled(c7, rowScale, i + 7))).intoArray(out, o + 7 * ldo);
        ((FloatVector) BOX.cast(scaled(c8, rowScale, i + 8))).intoArray(out, o + 8 * ldo);
        ((FloatVector) BOX.cast(scaled(c9, rowScale, i + 9))).intoArray(out, o + 9 * ldo);
    }

    private static void block8x1T(float[] aT, int ldaT, int i, int k, float[] w, int wj, int ldw, float[] rowScale,
            float[] out, int o, int ldo) {
        FloatVector c0 = FloatVector.zero(S);
        FloatVector c1 = c0;
        FloatVector c2 = c0;
        FloatVector c3 = c0;
        FloatVector c4 = c0;
        FloatVector c5 = c0;
        FloatVector c6 = c0;
        FloatVector c7 = c0;
        for (int kk = 0; kk < k; kk++) {
            FloatVector wv = FloatVector.fromArray(S, w, wj + kk * ldw);
            int r = kk * ldaT + i;
            c0 = FloatVector.broadcast(S, aT[r]).fma(wv, c0);
            c1 = FloatVector.broadcast(S, aT[r + 1]).fma(wv, c1);
            c2 = FloatVector.broadcast(S, aT[r + 2]).fma(wv, c2);
            c3 = FloatVector.broadcast(S, aT[r + 3]).fma(wv, c3);
            c4 = FloatVector.broadcast(S, aT[r + 4]).fma(wv, c4);
            c5 = FloatVector.broadcast(S, aT[r + 5]).fma(wv, c5);
            c6 = FloatVector.broadcast(S, aT[r + 6]).fma(wv, c6);
            c7 = FloatVector.broadcast(S, aT[r + 7]).fma(wv, c7);
        }
        ((FloatVector) BOX.cast(scaled(c0, rowScale, i))).intoArray(out, o);
        ((FloatVector) BOX.cast(scaled(c1, rowScale, i + 1))).intoArray(out, o + ldo);
        ((FloatVector) BOX.cast(scaled(c2, rowScale, i + 2))).intoArray(out, o + 2 * ldo);
        ((FloatVector) BOX.cast(scaled(c3, rowScale, i + 3))).intoArray(out, o + 3 * ldo);
        ((FloatVector) BOX.cast(scaled(c4, rowScale, i + 4))).intoArray(out, o + 4 * ldo);
        ((FloatVector) BOX.cast(scaled(c5, rowScale, i + 5))).intoArray(out, o + 5 * ldo);
        ((FloatVector) BOX.cast(scaled(c6, rowScale, i + 6))).intoArray(out, o + 6 * ldo);
        ((FloatVector) BOX.cast(scaled(c7, rowScale, i + 7))).intoArray(out, o + 7 * ldo);
    }

    @Override
    public void logistic(float[] a, int m, int k, float[] w, float b, float[] out) {
        int full = k - k % L;
        float[] lanes = LANES.get();
        for (int i = 0; i < m; i++) {
            int o = i * k;
            FloatVector acc = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                acc = FloatVector.fromArray(S, a, o + j).fma(FloatVector.fromArray(S, w, j), acc);
            }
            float z = b + laneSum(acc, lanes);
            for (int j = full; j < k; j++) {
                z = Math.fma(a[o + j], w[j], z);
            }
            out[i] = (float) (1.0 / (1.0 + Math.exp(-z)));
        }
    }

    @Override
    public void addLayerNorm(float[] h, float[] r, int m, int d, float[] gain, float[] bias, float epsilon) {
        int full = d - d % L;
        float[] lanes = LANES.get();
        int i = 0;
        if (L == 16 && d == 4 * L) {
            for (; i + 1 < m; i += 2) {
                layerNormPair(h, r, i * d, gain, bias, epsilon);
            }
        }
        for (; i < m; i++) {
            int o = i * d;
            FloatVector sum = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                FloatVector v = FloatVector.fromArray(S, h, o + j).add(FloatVector.fromArray(S, r, o + j));
                ((FloatVector) BOX.cast(v)).intoArray(h, o + j);
                sum = ((FloatVector) BOX.cast(sum)).add(v);
            }
            float total = laneSum(sum, lanes);
            for (int j = full; j < d; j++) {
                h[o + j] += r[o + j];
                total += h[o + j];
            }
            float mean = total / d;
            FloatVector sq = FloatVector.zero(S);
            for (int j = 0; j < full; j += L) {
                FloatVector c = FloatVector.fromArray(S, h, o + j).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, mean))));
                sq = ((FloatVector) BOX.cast(c)).fma(c, sq);
            }
            float var = laneSum(sq, lanes);
            for (int j = full; j < d; j++) {
                float c = h[o + j] - mean;
                var += c * c;
            }
            float inv = (float) (1.0 / Math.sqrt(var / d + epsilon));
            for (int j = 0; j < full; j += L) {
                FloatVector v = FloatVector.fromArray(S, h, o + j).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, mean)))).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, inv))))
                        .fma(FloatVector.fromArray(S, gain, j), FloatVector.fromArray(S, bias, j));
                ((FloatVector) BOX.cast(v)).intoArray(h, o + j);
            }
            for (int j = full; j < d; j++) {
                h[o + j] = (h[o + j] - mean) * inv * gain[j] + bias[j];
            }
        }
    }

    /** Rotations by 8, 4, 2 and 1 lanes of a 16-lane vector, and its upper 8 lanes: {@link #pairSums}' steps. */
    private static final VectorShuffle<Float> ROT8 = VectorShuffle.fromOp(S, i -> (i + 8) % L);
    private static final VectorShuffle<Float> ROT4 = VectorShuffle.fromOp(S, i -> (i + 4) % L);
    private static final VectorShuffle<Float> ROT2 = VectorShuffle.fromOp(S, i -> (i + 2) % L);
    private static final VectorShuffle<Float> ROT1 = VectorShuffle.fromOp(S, i -> (i + 1) % L);
    private static final VectorMask<Float> UPPER8 = IOTA.compare(VectorOperators.GE, 8f);

    /**
     * Two rows (at o and o + 64) of {@link #addLayerNorm} with d = 64 on 16 lanes: the same operations in the same order
     * as the one-row loop, hence the same bits, but both rows' lane sums share one reduction ({@link #pairSums}) and
     * their chains of dependent steps overlap. Everything is written out in one method: helpers taking or returning
     * vectors that C2 declines to inline would box them (see {@link #scaled}).
     */
    private static void layerNormPair(float[] h, float[] r, int o, float[] gain, float[] bias, float epsilon) {
        int p = o + 4 * L;
        FloatVector a0 = FloatVector.fromArray(S, h, o).add(FloatVector.fromArray(S, r, o));
        FloatVector a1 = FloatVector.fromArray(S, h, o + L).add(FloatVector.fromArray(S, r, o + L));
        FloatVector a2 = FloatVector.fromArray(S, h, o + 2 * L).add(FloatVector.fromArray(S, r, o + 2 * L));
        FloatVector a3 = FloatVector.fromArray(S, h, o + 3 * L).add(FloatVector.fromArray(S, r, o + 3 * L));
        FloatVector b0 = FloatVector.fromArray(S, h, p).add(FloatVector.fromArray(S, r, p));
        FloatVector b1 = FloatVector.fromArray(S, h, p + L).add(FloatVector.fromArray(S, r, p + L));
        FloatVector b2 = FloatVector.fromArray(S, h, p + 2 * L).add(FloatVector.fromArray(S, r, p + 2 * L));
        FloatVector b3 = FloatVector.fromArray(S, h, p + 3 * L).add(FloatVector.fromArray(S, r, p + 3 * L));
        FloatVector zero = FloatVector.zero(S);
        FloatVector sa = ((FloatVector) BOX.cast(zero)).add(a0).add(a1).add(a2).add(a3);
        FloatVector sb = ((FloatVector) BOX.cast(zero)).add(b0).add(b1).add(b2).add(b3);
        FloatVector t = ((FloatVector) BOX.cast(sa)).add(((FloatVector) BOX.cast(sa)).rearrange(ROT8)).blend(((FloatVector) BOX.cast(sb)).add(((FloatVector) BOX.cast(sb)).rearrange(ROT8)).rearrange(ROT8), UPPER8);
        t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(ROT4));
        t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(ROT2));
        t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(ROT1));
        float meanA = ((FloatVector) BOX.cast(t)).lane(0) / (4 * L);
        float meanB = ((FloatVector) BOX.cast(t)).lane(8) / (4 * L);
        a0 = ((FloatVector) BOX.cast(a0)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanA))));
        a1 = ((FloatVector) BOX.cast(a1)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanA))));
        a2 = ((FloatVector) BOX.cast(a2)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanA))));
        a3 = ((FloatVector) BOX.cast(a3)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanA))));
        b0 = ((FloatVector) BOX.cast(b0)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanB))));
        b1 = ((FloatVector) BOX.cast(b1)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanB))));
        b2 = ((FloatVector) BOX.cast(b2)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanB))));
        b3 = ((FloatVector) BOX.cast(b3)).sub(((FloatVector) BOX.cast(FloatVector.broadcast(S, meanB))));
        sa = ((FloatVector) BOX.cast(a3)).fma(a3, ((FloatVector) BOX.cast(a2)).fma(a2, ((FloatVector) BOX.cast(a1)).fma(a1, ((FloatVector) BOX.cast(a0)).fma(a0, zero))));
        sb = ((FloatVector) BOX.cast(b3)).fma(b3, ((FloatVector) BOX.cast(b2)).fma(b2, ((FloatVector) BOX.cast(b1)).fma(b1, ((FloatVector) BOX.cast(b0)).fma(b0, zero))));
        t = ((FloatVector) BOX.cast(sa)).add(((FloatVector) BOX.cast(sa)).rearrange(ROT8)).blend(((FloatVector) BOX.cast(sb)).add(((FloatVector) BOX.cast(sb)).rearrange(ROT8)).rearrange(ROT8), UPPER8);
        t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(ROT4));
        t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(ROT2));
        t = ((FloatVector) BOX.cast(t)).add(((FloatVector) BOX.cast(t)).rearrange(ROT1));
        float invA = (float) (1.0 / Math.sqrt(((FloatVector) BOX.cast(t)).lane(0) / (4 * L) + epsilon));
        float invB = (float) (1.0 / Math.sqrt(((FloatVector) BOX.cast(t)).lane(8) / (4 * L) + epsilon));
        FloatVector g = FloatVector.fromArray(S, gain, 0);
        FloatVector e = FloatVector.fromArray(S, bias, 0);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(a0)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invA)))))).fma(g, e))).intoArray(h, o);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(b0)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invB)))))).fma(g, e))).intoArray(h, p);
        g = FloatVector.fromArray(S, gain, L);
        e = FloatVector.fromArray(S, bias, L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(a1)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invA)))))).fma(g, e))).intoArray(h, o + L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(b1)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invB)))))).fma(g, e))).intoArray(h, p + L);
        g = FloatVector.fromArray(S, gain, 2 * L);
        e = FloatVector.fromArray(S, bias, 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(a2)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invA)))))).fma(g, e))).intoArray(h, o + 2 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(b2)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invB)))))).fma(g, e))).intoArray(h, p + 2 * L);
        g = FloatVector.fromArray(S, gain, 3 * L);
        e = FloatVector.fromArray(S, bias, 3 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(a3)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invA)))))).fma(g, e))).intoArray(h, o + 3 * L);
        ((FloatVector) BOX.cast(((FloatVector) BOX.cast(((FloatVector) BOX.cast(b3)).mul(((FloatVector) BOX.cast(FloatVector.broadcast(S, invB)))))).fma(g, e))).intoArray(h, p + 3 * L);
    }

    @Override
    public void relu(float[] x, int len) {
        reluRange(x, 0, len);
    }

    /** x = max(x, 0) over the {@code len} values from {@code from}. */
    private static void reluRange(float[] x, int from, int len) {
        int end = from + len;
        int full = end - len % L;
        for (int j = from; j < full; j += L) {
            ((FloatVector) BOX.cast(FloatVector.fromArray(S, x, j).max(((FloatVector) BOX.cast(FloatVector.broadcast(S, 0f)))))).intoArray(x, j);
        }
        for (int j = full; j < end; j++) {
            x[j] = Math.max(x[j], 0f);
        }
    }

    /**
     * The accumulators' start: always a load (gemm passes zeros for a null bias). A choice between two vectors here
     * (zero or the bias) is the C2 boxing trap of {@link #scaled}: it sometimes left a whole run 3× slower.
     */
    private static FloatVector init(float[] bias, int j) {
        return FloatVector.fromArray(S, bias, j);
    }

    /** At least n zeros, shared (never written). */
    private volatile float[] zeros = new float[0];

    private float[] zeros(int n) {
        float[] z = zeros;
        if (z.length < n) {
            z = new float[Math.max(n, 2 * z.length)];
            zeros = z;
        }
        return z;
    }

    /** Four rows (a at {@code ai}, stride lda) × four vectors of columns (w at {@code wj}, out at {@code o}). */
    private static void block4x4(float[] a, int ai, int lda, int k, float[] w, int wj, int ldw, float[] bias, int j,
            float[] out, int o, int ldo) {
        FloatVector b0 = init(bias, j);
        FloatVector b1 = init(bias, j + L);
        FloatVector b2 = init(bias, j + 2 * L);
        FloatVector b3 = init(bias, j + 3 * L);
        FloatVector c00 = b0;
        FloatVector c01 = b1;
        FloatVector c02 = b2;
        FloatVector c03 = b3;
        FloatVector c10 = b0;
        FloatVector c11 = b1;
        FloatVector c12 = b2;
        FloatVector c13 = b3;
        FloatVector c20 = b0;
        FloatVector c21 = b1;
        FloatVector c22 = b2;
        FloatVector c23 = b3;
        FloatVector c30 = b0;
        FloatVector c31 = b1;
        FloatVector c32 = b2;
        FloatVector c33 = b3;
        int a1 = ai + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        for (int kk = 0; kk < k; kk++) {
            int wr = wj + kk * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wr);
            FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
            FloatVector w2 = FloatVector.fromArray(S, w, wr + 2 * L);
            FloatVector w3 = FloatVector.fromArray(S, w, wr + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ai + kk]);
            c00 = x.fma(w0, c00);
            c01 = x.fma(w1, c01);
            c02 = x.fma(w2, c02);
            c03 = x.fma(w3, c03);
            x = FloatVector.broadcast(S, a[a1 + kk]);
            c10 = x.fma(w0, c10);
            c11 = x.fma(w1, c11);
            c12 = x.fma(w2, c12);
            c13 = x.fma(w3, c13);
            x = FloatVector.broadcast(S, a[a2 + kk]);
            c20 = x.fma(w0, c20);
            c21 = x.fma(w1, c21);
            c22 = x.fma(w2, c22);
            c23 = x.fma(w3, c23);
            x = FloatVector.broadcast(S, a[a3 + kk]);
            c30 = x.fma(w0, c30);
            c31 = x.fma(w1, c31);
            c32 = x.fma(w2, c32);
            c33 = x.fma(w3, c33);
        }
        // stores written out: a store helper C2 declines to inline (node-count cutoffs) would box the accumulators
        ((FloatVector) BOX.cast(c00)).intoArray(out, o);
        ((FloatVector) BOX.cast(c01)).intoArray(out, o + L);
        ((FloatVector) BOX.cast(c02)).intoArray(out, o + 2 * L);
        ((FloatVector) BOX.cast(c03)).intoArray(out, o + 3 * L);
        int p = o + ldo;
        ((FloatVector) BOX.cast(c10)).intoArray(out, p);
        ((FloatVector) BOX.cast(c11)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c12)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c13)).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(c20)).intoArray(out, p);
        ((FloatVector) BOX.cast(c21)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c22)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c23)).intoArray(out, p + 3 * L);
        p += ldo;
        ((FloatVector) BOX.cast(c30)).intoArray(out, p);
        ((FloatVector) BOX.cast(c31)).intoArray(out, p + L);
        ((FloatVector) BOX.cast(c32)).intoArray(out, p + 2 * L);
        ((FloatVector) BOX.cast(c33)).intoArray(out, p + 3 * L);
    }



    private static void block4x2(float[] a, int ai, int lda, int k, float[] w, int wj, int ldw, float[] bias, int j,
            float[] out, int o, int ldo) {
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
        int a1 = ai + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        for (int kk = 0; kk < k; kk++) {
            int wr = wj + kk * ldw;
            FloatVector w0 = FloatVector.fromArray(S, w, wr);
            FloatVector w1 = FloatVector.fromArray(S, w, wr + L);
            FloatVector x0 = FloatVector.broadcast(S, a[ai + kk]);
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
        ((FloatVector) BOX.cast(c00)).intoArray(out, o);
        ((FloatVector) BOX.cast(c01)).intoArray(out, o + L);
        ((FloatVector) BOX.cast(c10)).intoArray(out, o + ldo);
        ((FloatVector) BOX.cast(c11)).intoArray(out, o + ldo + L);
        ((FloatVector) BOX.cast(c20)).intoArray(out, o + 2 * ldo);
        ((FloatVector) BOX.cast(c21)).intoArray(out, o + 2 * ldo + L);
        ((FloatVector) BOX.cast(c30)).intoArray(out, o + 3 * ldo);
        ((FloatVector) BOX.cast(c31)).intoArray(out, o + 3 * ldo + L);
    }

    /** Eight rows × one vector: eight independent FMA chains (four would leave the FMA units idle half the time). */
    private static void block8x1(float[] a, int ai, int lda, int k, float[] w, int wj, int ldw, float[] bias, int j,
            float[] out, int o, int ldo) {
        FloatVector c0 = init(bias, j);
        FloatVector c1 = c0;
        FloatVector c2 = c0;
        FloatVector c3 = c0;
        FloatVector c4 = c0;
        FloatVector c5 = c0;
        FloatVector c6 = c0;
        FloatVector c7 = c0;
        for (int kk = 0; kk < k; kk++) {
            FloatVector wv = FloatVector.fromArray(S, w, wj + kk * ldw);
            int r = ai + kk;
            c0 = FloatVector.broadcast(S, a[r]).fma(wv, c0);
            c1 = FloatVector.broadcast(S, a[r + lda]).fma(wv, c1);
            c2 = FloatVector.broadcast(S, a[r + 2 * lda]).fma(wv, c2);
            c3 = FloatVector.broadcast(S, a[r + 3 * lda]).fma(wv, c3);
            c4 = FloatVector.broadcast(S, a[r + 4 * lda]).fma(wv, c4);
            c5 = FloatVector.broadcast(S, a[r + 5 * lda]).fma(wv, c5);
            c6 = FloatVector.broadcast(S, a[r + 6 * lda]).fma(wv, c6);
            c7 = FloatVector.broadcast(S, a[r + 7 * lda]).fma(wv, c7);
        }
        ((FloatVector) BOX.cast(c0)).intoArray(out, o);
        ((FloatVector) BOX.cast(c1)).intoArray(out, o + ldo);
        ((FloatVector) BOX.cast(c2)).intoArray(out, o + 2 * ldo);
        ((FloatVector) BOX.cast(c3)).intoArray(out, o + 3 * ldo);
        ((FloatVector) BOX.cast(c4)).intoArray(out, o + 4 * ldo);
        ((FloatVector) BOX.cast(c5)).intoArray(out, o + 5 * ldo);
        ((FloatVector) BOX.cast(c6)).intoArray(out, o + 6 * ldo);
        ((FloatVector) BOX.cast(c7)).intoArray(out, o + 7 * ldo);
    }

    private static void block1x1(float[] a, int ai, int k, float[] w, int wj, int ldw, float[] bias, int j,
            float[] out, int o) {
        FloatVector c = init(bias, j);
        for (int kk = 0; kk < k; kk++) {
            c = FloatVector.broadcast(S, a[ai + kk]).fma(FloatVector.fromArray(S, w, wj + kk * ldw), c);
        }
        ((FloatVector) BOX.cast(c)).intoArray(out, o);
    }

    /** Columns [from, n) of one row, scalar, with a fused multiply-add per step like the vector kernels. */
    private static void scalarColumns(float[] a, int ai, int k, float[] w, int wOff, int ldw, int from, int n,
            float[] bias, float[] out, int o) {
        for (int j = from; j < n; j++) {
            float c = bias == null ? 0f : bias[j];
            for (int kk = 0; kk < k; kk++) {
                c = Math.fma(a[ai + kk], w[wOff + kk * ldw + j], c);
            }
            out[o + j] = c;
        }
    }
}
