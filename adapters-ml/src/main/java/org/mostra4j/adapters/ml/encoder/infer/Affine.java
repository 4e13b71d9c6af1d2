package org.mostra4j.adapters.ml.encoder.infer;

/**
 * The kernels of the forward pass: out[m×n] = a[m×k] · w[k×n] + bias[n] over row-major float arrays
 * (bias may be null), row-wise softmax, residual LayerNorm and ReLU. Implementations must agree to float rounding.
 */
interface Affine {
    void apply(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out);

    /** Replaces each of the {@code rows} rows of x[rows×n] by its softmax. */
    void softmaxRows(float[] x, int rows, int n);

    /** h[i] = LayerNorm(h[i] + r[i]) for each of m rows of width d. */
    void addLayerNorm(float[] h, float[] r, int m, int d, float[] gain, float[] bias, float epsilon);

    /** x = max(x, 0) over the first {@code len} values. */
    void relu(float[] x, int len);

    /** The JDK Vector API kernel when the JVM runs with {@code --add-modules jdk.incubator.vector}, else scalar. */
    static Affine best() {
        return vectorAvailable() ? new VectorAffine() : new ScalarAffine();
    }

    static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
