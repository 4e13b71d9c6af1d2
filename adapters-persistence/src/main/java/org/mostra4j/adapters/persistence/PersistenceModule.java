package org.mostra4j.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.util.Objects;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.ModelRegistryPort;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;
import org.mostra4j.application.port.out.SaveSequencesPort;

/**
 * Guice wiring of the persistence adapter: one {@link DuckDbStore} per injector (opened lazily, on first
 * use) behind every store port. The composition root closes the store when it is done.
 */
public final class PersistenceModule extends AbstractModule {
    private final StoreOptions options;

    public PersistenceModule(StoreOptions options) {
        this.options = Objects.requireNonNull(options, "options");
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
        bind(LoadObjectiveFactsPort.class).to(DuckDbObjectiveFactsAdapter.class);
        bind(SaveSequencesPort.class).to(DuckDbSequenceStoreAdapter.class);
        bind(ModelRegistryPort.class).to(DuckDbModelRegistryAdapter.class);
        bind(SaveEvaluationRunPort.class).to(DuckDbEvaluationRunAdapter.class);
    }

    @Provides
    @Singleton
    DuckDbStore store() {
        return DuckDbStore.open(options);
    }
}
