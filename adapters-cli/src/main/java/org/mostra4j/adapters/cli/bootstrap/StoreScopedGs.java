package org.mostra4j.adapters.cli.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.mostra4j.adapters.cli.EmbedCommand;
import org.mostra4j.adapters.cli.GsScoreCommand;
import org.mostra4j.adapters.cli.UsageException;
import org.mostra4j.adapters.ml.embedding.TrackVectorsFile;
import org.mostra4j.adapters.ml.embedding.EmbeddingModule;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.PersistenceModule;
import org.mostra4j.adapters.persistence.StoreException;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.application.GsModule;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.port.out.ModelRegistryPort;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;

/**
 * The store-bound wiring of {@code embed} and {@code gs-score}: each call builds a small injector around
 * the store file named by {@code --db} (the GS use cases, the word2vec and model-file adapters, the DuckDB
 * ports), runs the use case once and closes the store, so the file is held only while the command works.
 * A store that cannot be opened (locked, newer schema) comes back as the reason, not an exception.
 */
public final class StoreScopedGs {
    private StoreScopedGs() {
    }

    /** Training bound to {@code db}. */
    public static TrainEmbeddingsUseCase embedding(Path db) {
        return command -> within(db, true, injector -> injector.getInstance(TrainEmbeddingsUseCase.class).train(command));
    }

    /** GS scoring bound to {@code db}. */
    public static GsScoreUseCase scoring(Path db) {
        return command -> within(db, false, injector -> injector.getInstance(GsScoreUseCase.class).score(command));
    }

    /** Opening failures (a foreign, locked or newer store) are usage errors: nothing has been done yet. */
    private static <T> Either<String, T> within(Path db, boolean writable, Function<Injector, Either<String, T>> work) {
        Injector injector;
        DuckDbStore store;
        // another command of this process (the demo) may hold the file in another mode; DuckDB refuses a second mode
        OpenStores.close(db);
        try {
            StoreOptions options = StoreOptions.at(db);
            injector = Guice.createInjector(new GsModule(),
                    writable ? new PersistenceModule(options) : PersistenceModule.readOnly(options),
                    Modules.override(new EmbeddingModule()).with(new RegistryModule()));
            store = injector.getInstance(DuckDbStore.class);
        } catch (com.google.inject.ProvisionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UsageException(cause instanceof StoreException ? cause.getMessage() : db + ": " + cause);
        }
        try (store) {
            return work.apply(injector);
        } catch (StoreException e) {
            return Either.left(e.getMessage());
        }
    }

    /** GS wiring as a Guice module for the CLI's injector. */
    public static final class CommandsModule extends AbstractModule {
        @Override
        protected void configure() {
            bind(EmbedCommand.Wiring.class).toInstance(StoreScopedGs::embedding);
            bind(GsScoreCommand.Wiring.class).toInstance(StoreScopedGs::scoring);
        }
    }

    /** Saved vectors are also recorded in the store's model registry. */
    private static final class RegistryModule extends AbstractModule {
        @Provides
        SaveTrackVectorsPort save(TrackVectorsFile files, ModelRegistryPort registry) {
            return new RegisteredTrackVectors(files, registry, Clock.systemUTC());
        }
    }
}
