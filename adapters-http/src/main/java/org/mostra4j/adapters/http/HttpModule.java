package org.mostra4j.adapters.http;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;

/**
 * Guice wiring of the http adapter: the {@link SequencingServer} is built by constructor injection from the
 * application's use case and catalogues; a store with an in-memory snapshot replaces {@link SnapshotReload} with
 * {@code OptionalBinder.newOptionalBinder(binder(), SnapshotReload.class).setBinding()}.
 */
public final class HttpModule extends AbstractModule {
    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SnapshotReload.class).setDefault().toInstance(SnapshotReload.NONE);
        // serve --db binds the store's read-only session browser over this
        OptionalBinder.newOptionalBinder(binder(), BrowseSessionsPort.class).setDefault()
                .toInstance(BrowseSessionsPort.NONE);
        OptionalBinder.newOptionalBinder(binder(), ReadTradeOffRunsPort.class).setDefault()
                .toInstance(ReadTradeOffRunsPort.NONE);
    }
}
