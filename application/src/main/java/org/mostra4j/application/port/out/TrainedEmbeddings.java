package org.mostra4j.application.port.out;

import java.util.Objects;
import org.mostra4j.domain.diversity.TrackVectors;

/** What a training produced: the vectors, the knobs that produced them, and the corpus size seen per epoch. */
public record TrainedEmbeddings(TrackVectors vectors, EmbeddingSettings settings, long sentences, long tokens) {
    public TrainedEmbeddings {
        Objects.requireNonNull(vectors, "vectors");
        Objects.requireNonNull(settings, "settings");
        if (sentences < 0 || tokens < 0) {
            throw new IllegalArgumentException("sentences and tokens must be >= 0, were " + sentences + ", " + tokens);
        }
    }
}
