package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort;

/** Streams the sentences to the trainer and saves what it learned; refuses to save an empty vocabulary. */
public final class TrainEmbeddingsService implements TrainEmbeddingsUseCase {
    private final LoadListeningSentencesPort sentences;
    private final TrainTrackEmbeddingsPort trainer;
    private final SaveTrackVectorsPort store;

    @Inject
    public TrainEmbeddingsService(LoadListeningSentencesPort sentences, TrainTrackEmbeddingsPort trainer,
            SaveTrackVectorsPort store) {
        this.sentences = sentences;
        this.trainer = trainer;
        this.store = store;
    }

    @Override
    public Either<String, EmbeddingsManifest> train(Command command) {
        return trainer.train(sentences, command.settings(), command.progress())
                .filterOrElse(e -> e.vectors().size() > 0,
                        e -> "no track vectors learned: the store holds no listening sentences (" + e.sentences()
                                + " sentences read)")
                .flatMap(e -> store.save(command.model(), e));
    }
}
