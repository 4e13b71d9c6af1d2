package org.mostra4j.domain.diversity;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;

/**
 * Track embeddings as plain Java: one single-precision vector per in-vocabulary track, all of one
 * dimension. Immutable; the arrays are copied in and never handed out.
 */
public final class TrackVectors {
    private final int dimension;
    /** A HashMap on purpose: Map.copyOf's linear probing clustered on sequential ids and dominated GS time. */
    private final Map<TrackId, Stored> vectors;

    private TrackVectors(int dimension, Map<TrackId, Stored> vectors) {
        this.dimension = dimension;
        this.vectors = vectors;
    }

    /** The raw vector and its inverse length (0 for a zero vector), computed once rather than per lookup. */
    private record Stored(float[] raw, double inverseNorm) {
        static Stored of(float[] raw) {
            double[] wide = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                wide[i] = raw[i];
            }
            double norm = UnitVector.norm(wide);
            return new Stored(raw, norm == 0.0 ? 0.0 : 1.0 / norm);
        }
    }

    public static Builder builder(int dimension) {
        return new Builder(dimension);
    }

    public int dimension() {
        return dimension;
    }

    /** Vocabulary size. */
    public int size() {
        return vectors.size();
    }

    public boolean contains(TrackId track) {
        return vectors.containsKey(track);
    }

    public Set<TrackId> tracks() {
        return Collections.unmodifiableSet(vectors.keySet());
    }

    /** The track's direction; empty when it is out of vocabulary or its vector is zero. */
    public Optional<UnitVector> direction(TrackId track) {
        Stored stored = vectors.get(track);
        if (stored == null || stored.inverseNorm == 0.0) {
            return Optional.empty();
        }
        double[] unit = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            unit[i] = stored.raw[i] * stored.inverseNorm;
        }
        return Optional.of(UnitVector.ofUnitLength(unit));
    }

    /** A copy of the raw vector, e.g. for saving. */
    public Optional<float[]> raw(TrackId track) {
        Stored stored = vectors.get(track);
        return stored == null ? Optional.empty() : Optional.of(stored.raw.clone());
    }

    /** Collects vectors; every one must have the builder's dimension and finite components. */
    public static final class Builder {
        private final int dimension;
        private final Map<TrackId, Stored> vectors = new HashMap<>();

        private Builder(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
            }
            this.dimension = dimension;
        }

        public Builder put(TrackId track, float[] vector) {
            Objects.requireNonNull(track, "track");
            if (vector.length != dimension) {
                throw new IllegalArgumentException("vector of track " + track + " has " + vector.length
                        + " components, expected " + dimension);
            }
            for (int i = 0; i < vector.length; i++) {
                if (!Float.isFinite(vector[i])) {
                    throw new IllegalArgumentException("vector of track " + track + ": component " + i
                            + " must be finite, was " + vector[i]);
                }
            }
            vectors.put(track, Stored.of(vector.clone()));
            return this;
        }

        public TrackVectors build() {
            return new TrackVectors(dimension, Collections.unmodifiableMap(new HashMap<>(vectors)));
        }
    }
}
