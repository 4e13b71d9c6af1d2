package org.mostra4j.application;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.LoadTrackVectorsPort;
import org.mostra4j.application.port.out.LoadUserPlaysPort;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort;
import org.mostra4j.application.service.GsScoreService;
import org.mostra4j.application.service.TrainEmbeddingsService;

/** The GS use cases resolve once their driven ports are bound (here by fakes; in the CLI by adapter modules). */
class GsModuleTest {
    @Test
    void theUseCasesResolve() {
        Injector injector = Guice.createInjector(new GsModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(LoadListeningSentencesPort.class).toInstance(() -> LoadListeningSentencesPort.Cursor.of(java.util.List.of()));
                bind(LoadUserPlaysPort.class).toInstance((window, sink) -> 0);
                bind(TrainTrackEmbeddingsPort.class).toInstance((s, settings, p) -> Either.left("fake"));
                bind(SaveTrackVectorsPort.class).toInstance((path, e) -> Either.left("fake"));
                bind(LoadTrackVectorsPort.class).toInstance(path -> Either.left("fake"));
            }
        });
        assertInstanceOf(TrainEmbeddingsService.class, injector.getInstance(TrainEmbeddingsUseCase.class));
        assertInstanceOf(GsScoreService.class, injector.getInstance(GsScoreUseCase.class));
    }
}
