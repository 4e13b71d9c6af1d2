package org.mostra4j.adapters.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Scopes;
import com.google.inject.multibindings.OptionalBinder;
import jakarta.inject.Inject;
import java.util.Objects;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;

/**
 * Binds the catalogue, history and objective-facts ports to an in-memory {@link ReloadableFacts} instead of a
 * query per call: for the service ({@link #of}: a snapshot loaded from a read-only open, no store held) and for
 * batch commands that read the facts of many sessions ({@link #overStore}, an override of
 * {@link PersistenceModule}: the snapshot is read once, on first use, from the injector's store).
 */
public final class SnapshotFactsModule extends AbstractModule {
    private final ReloadableFacts given;

    private SnapshotFactsModule(ReloadableFacts given) {
        this.given = given;
    }

    /** The ports answered from {@code facts}. */
    public static SnapshotFactsModule of(ReloadableFacts facts) {
        return new SnapshotFactsModule(Objects.requireNonNull(facts, "facts"));
    }

    /** The ports answered from a snapshot of the injector's {@link DuckDbStore}, loaded on first use. */
    public static SnapshotFactsModule overStore() {
        return new SnapshotFactsModule(null);
    }

    @Override
    protected void configure() {
        if (given != null) {
            bind(ReloadableFacts.class).toInstance(given);
        } else {
            bind(ReloadableFacts.class).toProvider(FromStore.class).in(Scopes.SINGLETON);
        }
        bind(LoadCatalogPort.class).to(ReloadableFacts.class);
        bind(LoadHistoryPort.class).to(ReloadableFacts.class);
        OptionalBinder.newOptionalBinder(binder(), LoadObjectiveFactsPort.class).setBinding().to(ReloadableFacts.class);
    }

    private static final class FromStore implements Provider<ReloadableFacts> {
        private final jakarta.inject.Provider<DuckDbStore> store;

        @Inject
        FromStore(jakarta.inject.Provider<DuckDbStore> store) {
            this.store = store;
        }

        @Override
        public ReloadableFacts get() {
            return ReloadableFacts.fromStore(store.get());
        }
    }
}
