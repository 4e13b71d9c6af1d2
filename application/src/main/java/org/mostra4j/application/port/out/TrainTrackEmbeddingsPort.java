package org.mostra4j.application.port.out;

import io.vavr.control.Either;

/** Learns track vectors from listening sentences (word2vec); the reason on the left when it cannot. */
public interface TrainTrackEmbeddingsPort {
    Either<String, TrainedEmbeddings> train(LoadListeningSentencesPort sentences, EmbeddingSettings settings,
            TrainingProgress progress);
}
