package org.mostra4j.domain.catalog;

import java.util.Arrays;

/** A track's content features (f_0 … f_{m-1}); possibly empty. Immutable wrapper over a float array. */
public final class ContentFeatures {
    private static final ContentFeatures NONE = new ContentFeatures(new float[0]);
    private final float[] values;

    private ContentFeatures(float[] values) {
        this.values = values;
    }

    public static ContentFeatures none() {
        return NONE;
    }

    public static ContentFeatures of(float... values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("feature f_" + i + " must be finite, was " + values[i]);
            }
        }
        return values.length == 0 ? NONE : new ContentFeatures(values.clone());
    }

    public int size() {
        return values.length;
    }

    public float get(int i) {
        return values[i];
    }

    public float[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentFeatures f && Arrays.equals(values, f.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
