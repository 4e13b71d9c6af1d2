package org.mostra4j.adapters.ml.encoder.infer;

/**
 * The dense kernel of the forward pass: out[m×n] = a[m×k] · w[k×n] + bias[n] over row-major float
 * arrays (bias may be null). Implementations must agree to float rounding.
 */
interface Affine {
    void apply(float[] a, int m, int k, float[] w, int n, float[] bias, float[] out);

    /** The JDK Vector API kernel when the JVM runs with {@code --add-modules jdk.incubator.vector}, else scalar. */
    static Affine best() {
        return vectorAvailable() ? new VectorAffine() : new ScalarAffine();
    }

    static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
