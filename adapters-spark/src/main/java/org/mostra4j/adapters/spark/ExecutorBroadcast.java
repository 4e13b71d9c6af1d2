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
record ExecutorBroadcast(String modelName, byte[] modelBytes, List<String[]> emerging, List<String[]> boosts)
        implements Serializable {
    ExecutorBroadcast {
        Objects.requireNonNull(modelName, "modelName");
        emerging = List.copyOf(emerging);
        boosts = List.copyOf(boosts);
    }

    Optional<byte[]> model() {
        return Optional.ofNullable(modelBytes);
    }
}
