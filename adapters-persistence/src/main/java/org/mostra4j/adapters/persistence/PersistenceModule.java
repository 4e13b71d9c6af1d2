package org.mostra4j.adapters.persistence;

import com.google.inject.AbstractModule;

/** Guice wiring of the persistence adapter. */
public final class PersistenceModule extends AbstractModule {
    @Override
    protected void configure() {
        // the adapter's port bindings arrive with its issue
    }
}
