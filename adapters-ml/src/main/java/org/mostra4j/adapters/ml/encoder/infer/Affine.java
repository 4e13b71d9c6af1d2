package org.mostra4j.adapters.ml.encoder.infer;

/**
 * The kernels of the forward pass over row-major float arrays: a strided product with optional bias (so that
 * attention reads each head's columns where the fused Q/K/V product left them, without copies), row-wise
 * softmax, residual LayerNorm, ReLU and the logistic function. Implementations must agree to float rounding.
 */
interface Affine {
    /**
     * out[m×n] = a[m×k] · w[k×n] + bias[n] (bias may be null), each matrix given by its array, the offset of its
     * first element and its row stride (lda, ldw, ldo).
     */
    void gemm(float[] a, int aOff, int lda, int m, int k, float[] w, int wOff, int ldw, int n, float[] bias,
            float[] out, int oOff, int ldo);

    /**
     * out[m×n] = diag(rowScale) · aTᵀ · w[k×n] where aT[k×m] is stored row-major with row stride {@code ldaT} from
     * column {@code c0} (aT[kk·ldaT + c0 + i]) and row i of the product is multiplied by rowScale[c0 + i] (never null):
     * the product of attention weights kept column-wise by {@link #softmaxColumns} with the values, normalised by the
     * softmax's inverse sums on the way out (all heads' weights side by side, head h's from column c0 = h·n).
     */
    void gemmTransposedA(float[] aT, int ldaT, int c0, int m, int k, float[] w, int wOff, int ldw, int n,
            float[] rowScale, float[] out, int oOff, int ldo);

    /**
     * The softmax in base 2 over the rows of each of the first n columns of x[rows×stride] (n a multiple of 16, at most
     * the row stride; columns from n on are left as they are) but its last scaling: x becomes 2^(x − column max) and
     * inverseSums[c] = 1 / (column c's sum of those). Attention folds log2 e into its query weights, so this is the
     * usual softmax of the natural-base scores. For attention scores stored keys × queries: max and sum run across
     * rows (lane-wise) instead of within them, and the scaling is applied to the weighted sum's rows (16 values per
     * query and head instead of n keys).
     */
    void softmaxColumns(float[] x, int rows, int n, int stride, float[] inverseSums);

    /**
     * dst[c·ldd + i] = src[srcOff + i·lds + c] for i &lt; rows, c &lt; cols: the transpose of a strided [rows×cols] block
     * into [cols×ldd]. The padding (rows ≤ i &lt; ldd) is left as it is: attention's only caller computes from it score
     * columns that no query reads (the next head's overwrite them, the last head's lie past the softmax's used
     * columns' results), so zeroing it cost 64 fills per block for nothing.
     */
    default void transpose(float[] src, int srcOff, int lds, int rows, int cols, float[] dst, int ldd) {
        transposeFrom(0, src, srcOff, lds, rows, cols, dst, ldd);
    }

    /** {@link #transpose}'s scalar moves for rows {@code from} ≤ i &lt; rows (rows before are left). */
    static void transposeFrom(int from, float[] src, int srcOff, int lds, int rows, int cols, float[] dst, int ldd) {
        for (int i = from; i < rows; i++) {
            int o = srcOff + i * lds;
            for (int c = 0; c < cols; c++) {
                dst[c * ldd + i] = src[o + c];
            }
        }
    }

    /** out[m×n] = a[m×k] · w[k×n] + bias[n] over dense arrays (bias may be null). */
    default void apply(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        gemm(a, 0, k, m, k, w, 0, n, n, bias, out, 0, n);
    }

    /** out[m×n] = max(a[m×k] · w[k×n] + bias[n], 0): {@link #apply} then {@link #relu}, fused where a kernel can. */
    default void applyRelu(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out) {
        apply(a, m, k, w, n, bias, out);
        relu(out, m * n);
    }

    /**
     * Replaces the first {@code n} values of each of the {@code rows} rows of x (row stride {@code stride} ≥ n) by
     * their softmax; the values from n to the next multiple of the kernel's vector width (within the stride) may be
     * overwritten with zeros.
     */
    void softmaxRows(float[] x, int rows, int n, int stride);

    /** Replaces each of the {@code rows} rows of x[rows×n] by its softmax. */
    default void softmaxRows(float[] x, int rows, int n) {
        softmaxRows(x, rows, n, n);
    }

    /** h[i] = LayerNorm(h[i] + r[i]) for each of m rows of width d. */
    void addLayerNorm(float[] h, float[] r, int m, int d, float[] gain, float[] bias, float epsilon);

    /** x = max(x, 0) over the first {@code len} values. */
    void relu(float[] x, int len);

    /** out[i] = σ(b + a[i]·w) for each of the m rows of a[m×k]: the last layer and the logistic, fused. */
    void logistic(float[] a, int m, int k, float[] w, float b, float[] out);

    /** The JDK Vector API kernel when the JVM runs with {@code --add-modules jdk.incubator.vector}, else scalar. */
    static Affine best() {
        return vectorAvailable() ? new VectorAffine() : new ScalarAffine();
    }

    static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** n rounded up to a multiple of 16 (the widest float vector): the row stride of the attention scores. */
    static int padded(int n) {
        return (n + 15) & ~15;
    }

    /**
     * The row stride of all heads' attention scores side by side for n queries: head h's n columns from h·n, each
     * head's product written n padded to 16 wide (its last columns overwritten by the next head's), so the softmax
     * runs over heads·n columns padded once instead of per head (200 of 224 lanes used for n = 50 and 4 heads, against
     * 50 of 64).
     */
    static int scoreWidth(int heads, int n) {
        return padded((heads - 1) * n + padded(n));
    }
}
