package org.mostra4j.application;

import com.google.inject.AbstractModule;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.service.GsScoreService;
import org.mostra4j.application.service.TrainEmbeddingsService;

/**
 * The diversity use cases: training track embeddings and scoring users' GS. Their driven ports
 * (sentences and plays from the store; training, saving and loading vectors from the ML adapter) are
 * bound by the adapter modules.
 */
public final class GsModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(TrainEmbeddingsUseCase.class).to(TrainEmbeddingsService.class);
        bind(GsScoreUseCase.class).to(GsScoreService.class);
    }
}
