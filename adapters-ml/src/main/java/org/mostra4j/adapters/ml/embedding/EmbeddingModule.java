package org.mostra4j.adapters.ml.embedding;

import com.google.inject.AbstractModule;
import org.mostra4j.application.port.out.LoadTrackVectorsPort;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort;

/** Binds word2vec training and the embeddings model file to their ports. */
public final class EmbeddingModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(TrainTrackEmbeddingsPort.class).to(Word2VecTrainer.class);
        bind(TrackVectorsFile.class).asEagerSingleton();
        bind(SaveTrackVectorsPort.class).to(TrackVectorsFile.class);
        bind(LoadTrackVectorsPort.class).to(TrackVectorsFile.class);
    }
}
