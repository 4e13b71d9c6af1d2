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
 * @param model        the model file's content; empty when no model was given
 * @param emerging     emerging_artists rows: artist_id, valid_from, valid_to
 * @param boosts       boosts rows: track_id, valid_from, valid_to
 */
record JobData(String modelName, Optional<byte[]> model, List<String[]> emerging, List<String[]> boosts)
        implements Serializable {
    JobData {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(model, "model");
        emerging = List.copyOf(emerging);
        boosts = List.copyOf(boosts);
    }
}
