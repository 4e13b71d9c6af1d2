package org.mostra4j.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.inject.Singleton;
import java.util.Objects;
import org.mostra4j.application.port.out.ImportDatasetPort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.LoadUserPlaysPort;
import org.mostra4j.application.port.out.ModelRegistryPort;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;
import org.mostra4j.application.port.out.SaveSequencesPort;

/**
 * Guice wiring of the persistence adapter: one {@link DuckDbStore} per injector (opened lazily, on first
 * use) behind every store port. Objective facts come from the store only when its file exists, so a
 * command that never imported anything does not create a database as a side effect.
 */
public final class PersistenceModule extends AbstractModule {
    private final StoreOptions options;
    private final boolean writable;

    public PersistenceModule(StoreOptions options) {
        this(options, true);
    }

    private PersistenceModule(StoreOptions options, boolean writable) {
        this.options = Objects.requireNonNull(options, "options");
        this.writable = writable;
    }

    /**
     * The store opened read-only ({@link DuckDbStore#openReadOnly}): for commands that only read, so nothing is created
     * or migrated and a store on a read-only mount works; the save ports fail if used.
     */
    public static PersistenceModule readOnly(StoreOptions options) {
        return new PersistenceModule(options, false);
    }

    /** The default file {@code ./mostra4j.duckdb}. */
    public PersistenceModule() {
        this(StoreOptions.defaults());
    }

    @Override
    protected void configure() {
        bind(LoadCatalogPort.class).to(DuckDbCatalogAdapter.class);
        bind(LoadSessionsPort.class).to(DuckDbSessionStoreAdapter.class);
        bind(LoadHistoryPort.class).to(DuckDbObjectiveFactsAdapter.class);
        // the core binds "no stored facts" by default; the store replaces it
        OptionalBinder.newOptionalBinder(binder(), LoadObjectiveFactsPort.class).setBinding()
                .to(DuckDbObjectiveFactsAdapter.class);
        bind(SaveSequencesPort.class).to(DuckDbSequenceStoreAdapter.class);
        bind(ModelRegistryPort.class).to(DuckDbModelRegistryAdapter.class);
        bind(SaveEvaluationRunPort.class).to(DuckDbEvaluationRunAdapter.class);
        bind(ImportDatasetPort.class).to(DuckDbImportAdapter.class);
        bind(LoadListeningSentencesPort.class).to(DuckDbListeningSentencesAdapter.class);
        bind(LoadUserPlaysPort.class).to(DuckDbUserPlaysAdapter.class);
    }

    @Provides
    StoreOptions storeOptions() {
        return options;
    }

    @Provides
    @Singleton
    DuckDbStore store() {
        return writable ? DuckDbStore.open(options) : DuckDbStore.openReadOnly(options);
    }
}
