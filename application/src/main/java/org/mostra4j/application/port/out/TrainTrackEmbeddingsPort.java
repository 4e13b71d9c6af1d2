package org.mostra4j.application.port.out;

import io.vavr.control.Either;

/** Learns track vectors from listening sentences (word2vec); the reason on the left when it cannot. */
public interface TrainTrackEmbeddingsPort {
    Either<String, TrainedEmbeddings> train(LoadListeningSentencesPort sentences, EmbeddingSettings settings,
            Progress progress);

    /** Receives progress of a training; {@code total} is -1 while unknown. Must be cheap: it is called often. */
    @FunctionalInterface
    interface Progress {
        void update(String phase, long done, long total);

        Progress NONE = (phase, done, total) -> { };
    }
}
