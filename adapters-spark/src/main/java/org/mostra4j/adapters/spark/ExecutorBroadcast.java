package org.mostra4j.adapters.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every executor receives once, as a broadcast: the encoder model file's bytes (executors have no
 * copy of the file) and the emerging-artist and boost lists (small). Plain data only.
 *
 * @param modelName    the model file's name, for messages
 * @param modelBytes   the model file's content; null when no model was given (Optional is not serialisable)
 * @param emerging     emerging_artists rows: artist_id, valid_from, valid_to
 * @param boosts       boosts rows: track_id, valid_from, valid_to
 */
record ExecutorBroadcast(String modelName, byte[] modelBytes, List<String[]> emerging, List<String[]> boosts,
        String worldName, String worldYaml, Vectors vectors) implements Serializable {
    ExecutorBroadcast {
        Objects.requireNonNull(modelName, "modelName");
        emerging = List.copyOf(emerging);
        boosts = List.copyOf(boosts);
    }

    ExecutorBroadcast(String modelName, byte[] modelBytes, List<String[]> emerging, List<String[]> boosts) {
        this(modelName, modelBytes, emerging, boosts, "", null, null);
    }

    /** With a simulated world's configuration (its simulation.yaml text): executors rebuild its outcome oracle. */
    ExecutorBroadcast withWorld(String name, String yaml) {
        return new ExecutorBroadcast(modelName, modelBytes, emerging, boosts, name, yaml, vectors);
    }

    /** With track embeddings (for GS@k). */
    ExecutorBroadcast withVectors(Vectors v) {
        return new ExecutorBroadcast(modelName, modelBytes, emerging, boosts, worldName, worldYaml, v);
    }

    Optional<String> world() {
        return Optional.ofNullable(worldYaml);
    }

    Optional<Vectors> trackVectors() {
        return Optional.ofNullable(vectors);
    }

    /** Track embeddings as plain data: ids and their raw vectors, in the same order. */
    record Vectors(int dimension, String[] ids, float[][] values) implements Serializable {
    }

    Optional<byte[]> model() {
        return Optional.ofNullable(modelBytes);
    }
}
