package org.mostra4j.adapters.ml.encoder.feature;

/**
 * One candidate set as the network sees it, shared by the trainer and the inference path: n rows of
 * dense features (row-major, {@code width} per row), the user's vocabulary index, each candidate's
 * track vocabulary index (0 = unknown bucket) and, for training, each candidate's SAT label
 * (1, 0, or NaN when unknown). Arrays are owned by this value and never exposed for writing.
 */
public final class EncodedSet {
    private final int size;
    private final int width;
    private final float[] dense;
    private final int user;
    private final int[] tracks;
    private final float[] sat;

    public EncodedSet(int size, int width, float[] dense, int user, int[] tracks, float[] sat) {
        if (size < 1) {
            throw new IllegalArgumentException("a set has at least one candidate, size was " + size);
        }
        if (dense.length != size * width || tracks.length != size || sat.length != size) {
            throw new IllegalArgumentException("array lengths do not match size " + size + " and width " + width);
        }
        if (user < 0) {
            throw new IllegalArgumentException("user index must be >= 0, was " + user);
        }
        this.size = size;
        this.width = width;
        this.dense = dense;
        this.user = user;
        this.tracks = tracks;
        this.sat = sat;
    }

    public int size() {
        return size;
    }

    public int width() {
        return width;
    }

    public float dense(int candidate, int feature) {
        return dense[candidate * width + feature];
    }

    /** Copies one candidate's {@link #width()} features into {@code out} at {@code offset}. */
    public void copyDense(int candidate, float[] out, int offset) {
        System.arraycopy(dense, candidate * width, out, offset, width);
    }

    /** Copies candidate rows into {@code out} at {@code offset} (row-major). */
    public void copyDense(float[] out, int offset) {
        System.arraycopy(dense, 0, out, offset, dense.length);
    }

    public int user() {
        return user;
    }

    public int track(int candidate) {
        return tracks[candidate];
    }

    /** The SAT label of a candidate: 1, 0, or NaN when not logged. */
    public float sat(int candidate) {
        return sat[candidate];
    }

    public boolean hasLabel() {
        for (float s : sat) {
            if (!Float.isNaN(s)) {
                return true;
            }
        }
        return false;
    }

    /** The same set with its candidates in the order {@code perm} (row i of the result is row perm[i]). */
    public EncodedSet permuted(int[] perm) {
        float[] d = new float[dense.length];
        int[] t = new int[size];
        float[] s = new float[size];
        for (int i = 0; i < size; i++) {
            System.arraycopy(dense, perm[i] * width, d, i * width, width);
            t[i] = tracks[perm[i]];
            s[i] = sat[perm[i]];
        }
        return new EncodedSet(size, width, d, user, t, s);
    }
}
